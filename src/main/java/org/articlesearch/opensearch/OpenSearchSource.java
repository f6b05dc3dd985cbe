package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a document's JSON source into the map {@link OpenSearchDocuments} reads. */
final class OpenSearchSource {
  private OpenSearchSource() {}

  /** Returns the source's fields: strings as strings, arrays as lists of strings. */
  static Map<String, Object> toMap(JsonObject source) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (source == null) {
      return map;
    }
    for (Map.Entry<String, JsonElement> field : source.entrySet()) {
      JsonElement value = field.getValue();
      if (value.isJsonNull()) {
        continue;
      }
      if (value.isJsonArray()) {
        List<String> items = new ArrayList<>();
        for (JsonElement item : (JsonArray) value) {
          items.add(item.getAsString());
        }
        map.put(field.getKey(), items);
      } else {
        map.put(field.getKey(), value.getAsString());
      }
    }
    return map;
  }
}
