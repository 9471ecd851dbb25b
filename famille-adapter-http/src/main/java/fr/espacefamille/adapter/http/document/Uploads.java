package fr.espacefamille.adapter.http.document;

import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.shared.Refusal;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/**
 * Reading multipart requests. Jetty refuses a file over the configured limit while parsing the
 * request, with an exception whose type depends on where the limit was hit: every such failure
 * is the upload being too large, and answers 413.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The request's file field (null when absent); anything but multipart/form-data is refused with 415. */
    public static UploadedFile file(Context ctx, String field) {
        requireMultipart(ctx);
        return ctx.uploadedFile(field);
    }

    /**
     * Whether a page's form came with a file in {@code field}: a browser sends the file input left
     * empty as a part with no name and no content, and a form posted otherwise than multipart has none.
     */
    public static boolean chosen(Context ctx, String field) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(field) : null;
        return file != null && !(file.filename().isBlank() && file.size() == 0);
    }

    static String kind(Context ctx) {
        requireMultipart(ctx);
        return ctx.formParam("kind");
    }

    private static void requireMultipart(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw Refusals.refuse(new Refusal("UNSUPPORTED_MEDIA_TYPE", Refusal.Kind.UNSUPPORTED_MEDIA,
                    "Envoyez le fichier en multipart/form-data."));
        }
    }
}
