package org.workright.contracts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.workright.system.ProblemException;

/**
 * A document as uploaded, checked before anything is written: a PDF, PNG or JPEG by its first
 * bytes (whatever name or type the browser claims), no larger than configured, with a name that
 * is only a name.
 *
 * @param field the request part it came in, which an error names
 */
record Upload(String field, ContractDocument.Purpose purpose, String fileName, String contentType, byte[] content) {

    static Upload of(String field, ContractDocument.Purpose purpose, String fileName, byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw ProblemException.badField(field, "请上传" + purpose.label());
        }
        if (content.length > maxBytes) {
            throw ProblemException.badField(field, purpose.label() + "不能超过" + maxBytes / (1024 * 1024) + "MB，现为"
                    + String.format("%.1f", content.length / 1048576.0) + "MB");
        }
        String type = detect(content);
        if (type == null) {
            throw ProblemException.badField(field, purpose.label() + "应为PDF文件或PNG、JPEG图片");
        }
        return new Upload(field, purpose, name(fileName, type), type, content);
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"<>|:*?]", "").strip();
        String stem = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        if (stem.isBlank()) {
            stem = "document";
        }
        return (stem.length() > 100 ? stem.substring(0, 100) : stem) + ext;
    }
}
