package org.govindex.jobs.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.survey.CodedExport;
import org.govindex.jobs.ingest.survey.DepartmentSurvey;
import org.govindex.jobs.ingest.survey.ResidentSurvey;
import org.govindex.jobs.ingest.validation.ColumnLocator;
import org.govindex.jobs.ingest.validation.ColumnRule;
import org.govindex.jobs.ingest.validation.Field;
import org.govindex.jobs.ingest.validation.TableSpecs;

/**
 * The columns of each file kind as its validator declares them (one declaration: {@link TableSpecs}
 * for the fixed-column tables, the 问卷星 layouts for the surveys): those a file must have to be of
 * the kind, and those the kind reads.
 */
final class KindColumns {

  private KindColumns() {}

  /** The columns a file of the kind must have. */
  static List<ColumnRule> required(FileKind kind) {
    return all(kind).stream().filter(ColumnRule::required).toList();
  }

  /** Every column the kind reads (the optional ones too). */
  static List<ColumnRule> all(FileKind kind) {
    return switch (kind) {
      case RESIDENT_SURVEY -> ResidentSurvey.metadataRules();
      case DEPARTMENT_SURVEY -> DepartmentSurvey.columnRules();
      default -> TableSpecs.of(kind, null).fields().stream().map(Field::rule).toList();
    };
  }

  /** Field key → file column of every column of the header that the kind reads. */
  static Map<String, Integer> located(
      String file, FileKind kind, List<String> header, Questionnaire questionnaire) {
    Map<String, Integer> found =
        new LinkedHashMap<>(ColumnLocator.locate(file, header, CodedExport.optional(all(kind))));
    if (kind == FileKind.RESIDENT_SURVEY) {
      int[] items =
          new ResidentSurvey(questionnaire, null)
              .itemColumns(file, header, new HashSet<>(found.values()));
      List<QuestionnaireItem> definition = new ArrayList<>(questionnaire.items());
      for (int i = 0; i < items.length; i++) {
        if (items[i] >= 0) {
          found.put(definition.get(i).code(), items[i]);
        }
      }
    }
    return found;
  }
}
