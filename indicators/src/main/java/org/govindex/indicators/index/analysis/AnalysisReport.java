package org.govindex.indicators.index.analysis;

import java.util.List;

/** Correlations with flags, per-aggregate consistency statistics and leave-one-out rank changes. */
public record AnalysisReport(
    List<CorrelationEntry> correlations,
    List<NodeStatistics> nodeStatistics,
    List<LeaveOneOutEntry> leaveOneOut) {

  public AnalysisReport {
    correlations = List.copyOf(correlations);
    nodeStatistics = List.copyOf(nodeStatistics);
    leaveOneOut = List.copyOf(leaveOneOut);
  }
}
