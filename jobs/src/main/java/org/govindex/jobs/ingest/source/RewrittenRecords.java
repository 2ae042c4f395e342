package org.govindex.jobs.ingest.source;

import java.io.IOException;
import java.util.List;
import org.govindex.contract.Messages;

/** The records of a file as its {@link ColumnRewrite} brings them to the input contract. */
public final class RewrittenRecords implements RecordSource {

  private final RecordSource source;
  private final ColumnRewrite rewrite;

  public RewrittenRecords(RecordSource source, ColumnRewrite rewrite) {
    this.source = source;
    this.rewrite = rewrite;
  }

  @Override
  public List<String> header() {
    List<String> own = source.header();
    if (own.size() != rewrite.headers().size()) {
      throw new IngestionException(
          Messages.text("ingest.headerChanged", rewrite.headers().size(), own.size()));
    }
    return rewrite.headers();
  }

  @Override
  public String[] next() {
    String[] record = source.next();
    return record == null ? null : rewrite.apply(record);
  }

  @Override
  public long rowNumber() {
    return source.rowNumber();
  }

  /** The rewrite keeps every record's fields, so the source's shape checks still hold. */
  @Override
  public boolean truncated() {
    return source.truncated();
  }

  @Override
  public boolean fieldCountKnown() {
    return source.fieldCountKnown();
  }

  @Override
  public String encoding() {
    return source.encoding();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
