package fr.gouv.hubee.infrastructure.mail;

import fr.gouv.hubee.infrastructure.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The French mails of HubEE (texts in {@code fr/gouv/hubee/mail/mails.properties}), each with a
 * text and an HTML part. Parameters are escaped for HTML.
 */
@ApplicationScoped
public class MailTemplates {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.gouv.hubee.mail.mails", Locale.FRENCH);

    @Inject
    PortalConfig config;

    public MailContent activation(String firstName, String token) {
        return render("activation", firstName, config.baseUrl() + "/nouveau-mot-de-passe.xhtml?jeton=" + token);
    }

    public MailContent passwordReset(String firstName, String token) {
        return render("reset", firstName, config.baseUrl() + "/nouveau-mot-de-passe.xhtml?jeton=" + token);
    }

    public MailContent loginCode(String firstName, String code) {
        return render("code", firstName, code);
    }

    public MailContent unitNotification(String number, String procedure) {
        return render("unit", number, procedure, config.baseUrl() + "/");
    }

    /** One mail for all the dossiers of a démarche since the previous digest: their numbers only. */
    public MailContent digest(String procedure, java.util.List<String> numbers) {
        String count = Integer.toString(numbers.size());
        String link = config.baseUrl() + "/";
        String text = numbers.stream().map(n -> "- n° " + n).collect(java.util.stream.Collectors.joining("\n"));
        String html = numbers.stream().map(n -> "<li>n° " + escape(n) + "</li>")
                .collect(java.util.stream.Collectors.joining("", "<ul>", "</ul>"));
        return render("digest", new String[] {count, procedure, text, link}, new String[] {count, escape(procedure), html, escape(link)});
    }

    public MailContent passwordReminder(String firstName, long days, String expiryDate) {
        return render("password-reminder", firstName, Long.toString(days), expiryDate, config.baseUrl() + "/connexion.xhtml");
    }

    /** Someone is guessing the account's password or code: what to do, with the reset page. */
    public MailContent guessingWarning(String firstName) {
        return render("guessing", firstName, config.baseUrl() + "/mot-de-passe-oublie.xhtml");
    }

    public MailContent inactivityWarning(String firstName, String date) {
        return render("inactivity", firstName, date, config.baseUrl() + "/connexion.xhtml");
    }

    private MailContent render(String name, String... args) {
        return render(name, args, java.util.Arrays.stream(args).map(MailTemplates::escape).toArray(String[]::new));
    }

    /** {@code htmlArgs} are already safe HTML (escaped values, or markup built from escaped values). */
    private MailContent render(String name, String[] args, String[] htmlArgs) {
        String subject = MessageFormat.format(TEXTS.getString(name + ".subject"), (Object[]) args);
        String text = MessageFormat.format(TEXTS.getString(name + ".text"), (Object[]) args)
                + "\n\n" + TEXTS.getString("footer.text");
        Object[] escaped = htmlArgs;
        String html = "<!DOCTYPE html><html lang=\"fr\"><body style=\"font-family:Arial,sans-serif;color:#161616\">"
                + "<p style=\"color:#000091;font-weight:bold\">HubEE - Hub d'Échange de l'État</p>"
                + MessageFormat.format(TEXTS.getString(name + ".html"), escaped)
                + "<p style=\"font-size:12px;color:#666\">" + TEXTS.getString("footer.text") + "</p></body></html>";
        return new MailContent(subject, text, html);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
