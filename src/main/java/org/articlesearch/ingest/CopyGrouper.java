package org.articlesearch.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.CopyGroups;

/**
 * Groups the copies of one story once every article of a run is in the writer: the groups are
 * worked out anew from all signatures, so an incremental run gives those of a full run (a new copy
 * joins its group, a removed article leaves it), and only articles whose group changed are written.
 */
final class CopyGrouper {
  private CopyGrouper() {}

  /** Regroups the writer's articles; says how many are copies of another, and the time taken. */
  static IngestSummary.CopyGrouping regroup(ArticleIndexWriter writer) throws IOException {
    long start = System.nanoTime();
    List<CopyGroups.Member> members = new ArrayList<>();
    Map<String, CopyGroups.Group> current = new HashMap<>();
    writer.forEachCopyMember(
        (member, group) -> {
          members.add(member);
          current.put(member.id(), group);
        });
    long read = System.nanoTime();
    int copies = 0;
    for (Map.Entry<String, CopyGroups.Group> e :
        CopyGroups.of(members, CopyGroups.THRESHOLD).entrySet()) {
      CopyGroups.Group group = e.getValue();
      if (!group.equals(current.get(e.getKey()))) {
        writer.setCopyGroup(e.getKey(), group);
      }
      if (!group.id().equals(e.getKey())) {
        copies++;
      }
    }
    long end = System.nanoTime();
    return new IngestSummary.CopyGrouping(
        copies, Duration.ofNanos(end - start), Duration.ofNanos(read - start));
  }
}
