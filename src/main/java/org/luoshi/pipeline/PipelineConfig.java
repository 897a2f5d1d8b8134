package org.luoshi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.luoshi.model.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A named run configuration ({@code pipelines/*.json}): the runner and its options, turned into Beam's
 * {@code --name=value} arguments. The value {@code "cores"} stands for the number of processors here. Without a
 * file the embedded {@code local.json} (DirectRunner) is used.
 */
public final class PipelineConfig {
    private PipelineConfig() {
    }

    public static List<String> arguments(Path file) throws IOException {
        JsonNode root;
        if (file == null) {
            try (InputStream in = PipelineConfig.class.getResourceAsStream("local.json")) {
                root = Json.mapper().readTree(in);
            }
        } else {
            if (!Files.isRegularFile(file)) {
                throw new IOException("没有这个运行配置文件（no pipeline configuration）: " + file);
            }
            try {
                root = Json.mapper().readTree(file.toFile());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
                throw new IOException(file + " 不是有效的 JSON（not valid JSON）"
                        + (at == null ? "" : "：第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列"), e);
            }
            if (root == null || !root.isObject()) {
                throw new IOException(file + " 应是一个 JSON 对象，如 {\"runner\": …, \"options\": {…}}（a JSON object is expected）");
            }
        }
        List<String> args = new ArrayList<>();
        if (root.has("runner")) {
            args.add("--runner=" + root.get("runner").asText());
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.path("options").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String v = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
            if (v.equals("cores")) {
                v = String.valueOf(Runtime.getRuntime().availableProcessors());
            }
            args.add("--" + e.getKey() + "=" + v);
        }
        return args;
    }
}
