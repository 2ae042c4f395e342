package org.govindex.indicators.index.framework;

/** The role of a framework row: a measured indicator or an aggregate of its children. */
public enum NodeType {
  INDICATOR,
  AGGREGATE
}
