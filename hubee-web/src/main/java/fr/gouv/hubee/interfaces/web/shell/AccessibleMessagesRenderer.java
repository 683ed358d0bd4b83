package fr.gouv.hubee.interfaces.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.component.UIComponent;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages}, minus one ARIA error: it puts {@code role="alert"} on each
 * {@code <li>}, which then is no list item for assistive technologies (axe {@code list}). The
 * messages are still announced: the alert role moves to each severity's block around the list.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages uiMessages, String severity,
                                  java.util.List<jakarta.faces.application.FacesMessage> messages) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AlertOnBlock(original));
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Drops {@code role} on {@code li} elements and gives the severity's {@code div} the alert role instead. */
    private static final class AlertOnBlock extends ResponseWriterWrapper {

        private final Deque<String> open = new ArrayDeque<>();
        private boolean alertGiven;

        AlertOnBlock(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            open.push(name);
            if ("div".equals(name) && !alertGiven) {
                super.writeAttribute("role", "alert", null);
                alertGiven = true;
            }
        }

        @Override
        public void endElement(String name) throws IOException {
            open.poll();
            super.endElement(name);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("role".equals(name) && "li".equals(open.peek())) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
