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
        return ResponseEntity.ok()
                .contentType(HTML)
                .header("X-Letter-SHA256", letter.sha256())
                // letters carry no scripts; this keeps it so even if a value slipped through escaping
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(letter.html());
    }
}
