package fr.espacefamille.adapter.http.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.privacy.ExportFamilyData;
import fr.espacefamille.application.privacy.FamilyRecords;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.family.FamilyId;
import io.javalin.http.Context;

/**
 * A family's export as a zip written straight to the response: {@code donnees.json} (described by
 * {@code api/data-export.schema.json}) streamed record by record, then each document's file under
 * {@code documents/<id>/<name>}, copied through a small buffer. Nothing is held in memory.
 */
final class ZipExport implements ExportFamilyData.Target {

    static final String FORMAT = "espace-famille/donnees-foyer/1";
    private static final ObjectMapper JSON = HttpApp.objectMapper();

    private final ZipOutputStream zip;
    private final Instant exportedAt;
    private JsonGenerator json;

    /** Sends the signed-in family's export as a zip download, written as it is read. */
    static void send(Context ctx, ExportFamilyData export, Clock clock) throws IOException {
        Actor actor = Web.actor(ctx);
        export.familyOf(actor);
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"donnees-foyer-" + LocalDate.now(clock) + ".zip\"");
        ctx.header("Cache-Control", "no-store");
        ZipExport zip = new ZipExport(ctx.res().getOutputStream(), clock.instant());
        export.export(actor, zip);
        zip.finish();
    }

    ZipExport(OutputStream out, Instant exportedAt) {
        this.zip = new ZipOutputStream(out);
        this.exportedAt = exportedAt;
    }

    @Override
    public FamilyRecords.Sink beginRecords(FamilyId family) throws IOException {
        zip.putNextEntry(new ZipEntry("donnees.json"));
        json = JSON.getFactory().createGenerator(zip).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("exportedAt", exportedAt.toString());
        json.writeStringField("familyId", family.toString());
        json.writeObjectFieldStart("records");
        return this::write;
    }

    private void write(String kind, Iterator<Map<String, Object>> records) {
        try {
            json.writeArrayFieldStart(kind);
            while (records.hasNext()) {
                JSON.writeValue(json, records.next());
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endRecords() throws IOException {
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
        zip.closeEntry();
    }

    @Override
    public void document(Document document, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(entryName(document)));
        content.transferTo(zip);
        zip.closeEntry();
    }

    /** {@code documents/<id>/<name>}, the name stripped of anything that would leave the folder. */
    static String entryName(Document document) {
        String name = document.filename().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
        return "documents/" + document.id() + "/" + (name.isBlank() ? "document" : name);
    }

    void finish() throws IOException {
        zip.finish();
        zip.flush();
    }
}
