package org.workright.letters;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    /** The same, to keep: saved as 昆工法援〔2026〕第0012号.html, exactly the archived bytes. */
    public static ResponseEntity<String> download(Letter letter) {
        return inert(ResponseEntity.ok().header("X-Letter-SHA256", letter.sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(letter.number() + ".html", StandardCharsets.UTF_8).build().toString()),
                letter.html());
    }

    public static ResponseEntity<String> response(Letter letter, boolean download) {
        return download ? download(letter) : response(letter);
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
