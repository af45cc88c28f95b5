package org.workright.system;

/** What an error status says to a user when nothing more specific may be said, in Chinese. */
final class ProblemWords {

    static String of(int status) {
        return switch (status) {
            case 400 -> "请求无效，请检查输入或请求地址";
            case 401 -> "需要登录";
            case 403 -> "无权执行此操作";
            case 404 -> "未找到";
            case 405 -> "不支持此操作";
            case 406 -> "无法提供所要求的格式";
            case 409 -> "该记录已被他人处理或修改，请刷新后重试";
            case 413 -> "请求内容过大";
            case 415 -> "请求格式不受支持";
            case 429 -> "请求过于频繁，请稍后再试";
            default -> status < 500 ? "请求无法处理" : "服务器内部错误，请稍后重试";
        };
    }

    static String title(int status) {
        return switch (status) {
            case 401 -> "需要登录";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 409 -> "状态冲突";
            case 429 -> "请求过于频繁";
            default -> status < 500 ? "请求有误" : "服务器错误";
        };
    }

    private ProblemWords() {
    }
}
