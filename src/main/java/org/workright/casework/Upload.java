package org.workright.casework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.workright.system.ProblemException;

/**
 * A document as uploaded, checked before anything is written: a PDF, PNG or JPEG by its first
 * bytes (whatever name or type the browser claims), no larger than configured, with a name that
 * is only a name. Every process's supporting documents come in this way and go out by
 * {@link #serve}.
 *
 * @param field   the request part it came in, which an error names
 * @param purpose what the document is for, in the process's own terms
 */
public record Upload<P extends Upload.Purpose>(String field, P purpose, String fileName, String contentType,
        byte[] content) {

    /** A kind of document a process asks for, as its users name it. */
    public interface Purpose {
        String label();
    }

    /** The purpose a request names by its code, or an error on the {@code purpose} field listing them all. */
    public static <E extends Enum<E> & Purpose> E purpose(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code == null ? "" : code.strip())) {
                return e;
            }
        }
        throw ProblemException.badField("purpose", "请选择材料类别：" + java.util.Arrays.stream(type.getEnumConstants())
                .map(Purpose::label).collect(java.util.stream.Collectors.joining("、")));
    }

    /** A request part, or null when none came (the caller decides whether it was needed). */
    public static <P extends Purpose> Upload<P> of(String field, P purpose, MultipartFile file, int maxBytes) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return of(field, purpose, file.getOriginalFilename(), file.getBytes(), maxBytes);
        } catch (IOException e) {
            throw ProblemException.badField(field, "文件读取失败，请重新上传");
        }
    }

    public static <P extends Purpose> Upload<P> of(String field, P purpose, String fileName, byte[] content,
            int maxBytes) {
        if (content == null || content.length == 0) {
            throw ProblemException.badField(field, "请上传" + purpose.label());
        }
        if (content.length > maxBytes) {
            // rounded up: a file just over the limit must not read as exactly at it
            throw ProblemException.badField(field, purpose.label() + "不能超过" + maxBytes / (1024 * 1024) + "MB，本文件为"
                    + String.format("%.2f", Math.ceil(content.length / 10485.76) / 100) + "MB");
        }
        String type = detect(content);
        if (type == null) {
            throw ProblemException.badField(field, purpose.label() + "应为PDF文件或PNG、JPEG图片");
        }
        return new Upload<>(field, purpose, name(fileName, type), type, content);
    }

    public int size() {
        return content.length;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stored document, inline for PDF and images (the browser shows them) or as an attachment:
     * its bytes were checked to be a PDF, PNG or JPEG on upload and are never sniffed as anything
     * else. No CSP sandbox: Chromium refuses to show a PDF in a sandboxed document.
     */
    public static ResponseEntity<byte[]> serve(String fileName, String contentType, byte[] content, boolean download) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    private static String detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last path segment, without control or format characters (a right-to-left override would
     * make "x\u202Efdp.exe" read as another name), at most 100 characters, ending as its type does.
     */
    private static String name(String given, String type) {
        String ext = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "")
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"<>|:*?]", "")
                // every kind of space counts as blank at the ends (strip() keeps a no-break space)
                .replaceAll("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$", "");
        String stem = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        // "名字.pdf.exe" becomes 名字.pdf, not 名字.pdf.pdf
        stem = stem.replaceAll("(?i)\\.(pdf|png|jpe?g)$", "").replaceAll("[\\p{Z}\\s]+$", "");
        if (stem.isBlank()) {
            stem = "document";
        }
        return (stem.length() > 100 ? stem.substring(0, 100) : stem) + ext;
    }
}
