package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.dossier.DossierFilter;
import fr.gouv.hubee.application.dossier.DossierPage;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.DossierSummary;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import fr.gouv.hubee.infrastructure.time.ClockProducer;
import fr.gouv.hubee.interfaces.web.security.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Export of the filtered list to CSV (semicolons, UTF-8 with BOM for spreadsheet software) or
 * XLSX (FastExcel), written while the rows are read page by page from the database.
 */
final class ListExport {

    static final int BATCH = 100;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockProducer.ZONE);

    private final DossierService dossiers;
    private final DossierFilter filter;
    private final DossierSort sort;
    private final List<String> headers;
    private final String[] statusLabels;

    ListExport(DossierService dossiers, DossierFilter filter, DossierSort sort) {
        this.dossiers = dossiers;
        this.filter = filter;
        this.sort = sort;
        this.headers = List.of(Messages.text("export.number"), Messages.text("export.status"),
                Messages.text("export.procedure"), Messages.text("export.applicant"), Messages.text("export.transmitted"),
                Messages.text("export.updated"), Messages.text("export.updatedBy"));
        var statuses = fr.gouv.hubee.domain.model.dossier.PortalStatus.values();
        this.statusLabels = new String[statuses.length];
        for (var s : statuses) {
            statusLabels[s.ordinal()] = Messages.text("status." + s.name());
        }
    }

    StreamedContent csv() {
        return DefaultStreamedContent.builder().name("teledossiers.csv").contentType("text/csv; charset=UTF-8")
                .writer(this::writeCsv).build();
    }

    StreamedContent xlsx() {
        return DefaultStreamedContent.builder().name("teledossiers.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(this::writeXlsx).build();
    }

    private List<String> cells(DossierSummary d) {
        return List.of(d.number(), statusLabels[d.portalStatus().ordinal()], d.procedureLabel(), d.applicant(),
                format(d.transmittedAt()), format(d.updatedAt()), d.updatedBy() == null ? "" : d.updatedBy());
    }

    private void eachRow(Consumer<DossierSummary> action) {
        for (int first = 0; ; first += BATCH) {
            DossierPage page = dossiers.list(filter, sort, first, BATCH);
            page.rows().forEach(action);
            if (page.rows().size() < BATCH) {
                return;
            }
        }
    }

    private void writeCsv(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(csvLine(headers));
            eachRow(d -> {
                try {
                    writer.write(csvLine(cells(d)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeXlsx(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "HubEE", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.text("dossiers.title"));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            int[] row = {1};
            eachRow(d -> {
                List<String> cells = cells(d);
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(row[0], c, cells.get(c));
                }
                if (row[0]++ % BATCH == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(';');
            }
            String cell = cells.get(i);
            // Formula injection guard: a cell starting with = + - @ is read as text.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            line.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }

    private static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
