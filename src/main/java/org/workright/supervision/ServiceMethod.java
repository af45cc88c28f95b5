package org.workright.supervision;

/** How a letter was served on the enterprise (送达方式). */
public enum ServiceMethod {
    DIRECT("直接送达"), POST("邮寄送达"), ELECTRONIC("电子送达"), LEFT_AT_PREMISES("留置送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
