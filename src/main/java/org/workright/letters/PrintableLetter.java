package org.workright.letters;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one way a letter leaves the archive for a browser: as stored, with its hash, and inert. */
public final class PrintableLetter {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private PrintableLetter() {
    }

    public static ResponseEntity<String> response(Letter letter) {
        return inert(ResponseEntity.ok().header("X-Letter-SHA256", letter.sha256()), letter.html());
    }

    /** A draft from {@link LetterService#preview}: shown the same way, never cached. */
    public static ResponseEntity<String> draft(String html) {
        return inert(ResponseEntity.ok().header("Cache-Control", "no-store"), html);
    }

    private static ResponseEntity<String> inert(ResponseEntity.BodyBuilder response, String html) {
        return response.contentType(HTML)
                // letters carry no scripts; this keeps it so even if a value slipped through escaping
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(html);
    }
}
