package org.articlesearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.articlesearch.article.PublicationDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "September 11th 2018|2018-09-11",
        "11 Sep 2018|2018-09-11",
        "Thursday, March 28, 2024|2024-03-28",
        "2018-09-11T08:00:00+05:00|2018-09-11",
        "Published in Daily Times, September 11th 2018.|2018-09-11",
        "the 3rd of Sept. 2019|2019-09-03",
        "09/11/2018|2018-09-11",
        "25/12/2019|2019-12-25",
        "March 2017|2017-03",
      })
  void findsTheDateNewsPagesWrite(String text, String iso) {
    assertThat(DateParser.find(text).map(PublicationDate::iso)).hasValue(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2018-09-11T23:30:00-04:00|2018-09-11",
        "Tue, 11 Sep 2018 08:00:00 +0000|2018-09-11",
        "2016|2016",
        "2016-07|2016-07",
      })
  void parsesMetadataValuesAtTheirPrecision(String value, String iso) {
    assertThat(DateParser.parseMetadata(value).map(PublicationDate::iso)).hasValue(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "in 2017 the drills were held",
        "May 1",
        "February 30, 2018",
        "Submissions 2023",
      })
  void findsNoDateWhereNoneIsStated(String text) {
    assertThat(DateParser.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thursday, March 28, 2024|true",
        "Published on 11 Sep 2018 at 10:30 am|true",
        "Updated: 2018-09-11|true",
        "Moscow talks began on March 28, 2024 with Russia|false",
      })
  void recognisesALineThatIsOnlyADate(String line, boolean dateline) {
    assertThat(DateParser.isDateLine(line)).isEqualTo(dateline);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Veröffentlicht am 12.03.2020|2020-03-12",
        "version 1.12.2020 notes|",
        "Updated June 13, 2019|2019-06-13",
      })
  void readsADayFirstDottedDateButNotAVersionNumber(String text, String iso) {
    assertThat(DateParser.find(text).map(d -> d.iso()).orElse(null)).isEqualTo(iso);
  }
}
