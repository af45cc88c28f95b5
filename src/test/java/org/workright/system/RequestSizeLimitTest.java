package org.workright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workright.ApplicationTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A body sent without its length (chunked) is cut at the limit on every door: 413, never a 500, never read in full. */
@ApplicationTest
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    /** 2 MB of JSON, chunked: the HTTP client sends a publisher of unknown length that way. */
    private HttpResponse<String> chunked(String path, String user) throws Exception {
        byte[] body = ("{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes();
        HttpRequest.BodyPublisher unknownLength = new HttpRequest.BodyPublisher() {
            private final HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofByteArray(body);

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                inner.subscribe(subscriber);
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                .POST(unknownLength).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413_onOurApiAndTheEngines() throws Exception {
        for (String path : new String[] {"/api/contracts/filing-check", "/engine-rest/task"}) {
            HttpResponse<String> answer = chunked(path, "bureau1");
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(413);
            assertThat(new ObjectMapper().readTree(answer.body()).path("detail").asText()).isEqualTo(ProblemWords.of(413));
        }
    }

    @Test
    void theEnginesWordsForACutBodyAre413() {
        assertThat(EngineProblems.translate(500, new ObjectMapper().createObjectNode().put("type", "TooLarge")
                .put("message", "request body over the limit"))).containsEntry("status", 413);
    }
}
