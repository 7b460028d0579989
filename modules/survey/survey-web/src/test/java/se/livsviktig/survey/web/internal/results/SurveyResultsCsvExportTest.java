package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;

public class SurveyResultsCsvExportTest {

	@Test
	public void everyLineHasTheSameColumnsAndSuppressedCountsAreText()
		throws Exception {

		List<CSVRecord> records = _export();

		assertEquals(
			Arrays.asList(
				"Fråga", "Grupp", "Svar", "Antal", "Svarande", "Medelvärde",
				"Inbjudna", "Svarsfrekvens"),
			records.get(0).toList());

		for (CSVRecord record : records) {
			assertEquals(8, record.size(), record.toString());
		}

		assertEquals(
			Arrays.asList("", "Umeå", "", "", "20", "", "40", "0,50"),
			records.get(1).toList());
		assertEquals(
			Arrays.asList(
				"", "Skellefteå", "", "", "färre än 5 svar", "", "6", ""),
			records.get(2).toList());
		assertEquals(
			Arrays.asList(
				"'=Nöjd?", "Umeå", "Ja", "färre än 5 svar", "20", "", "", ""),
			records.get(3).toList());
		assertEquals(
			Arrays.asList("'=Nöjd?", "Umeå", "Nej", "17", "20", "", "", ""),
			records.get(4).toList());
	}

	@Test
	public void noSuppressedNumberReachesTheFile() throws Exception {
		for (CSVRecord record : _export()) {
			for (String value : record.toList()) {
				assertFalse(value.startsWith("-"), record.toString());
			}
		}
	}

	private static List<CSVRecord> _export() throws Exception {
		SurveyQuestionResults questionResults = new SurveyQuestionResults(
			9, 1, new int[] {1, 0},
			Arrays.asList(
				new SurveyDistribution(new long[] {-1, 17}, 20, Double.NaN),
				new SurveyDistribution(new long[] {-1, -1}, -1, Double.NaN)),
			new SurveyDistribution(new long[] {-1, -1}, 23, Double.NaN));

		SurveyResults surveyResults = new SurveyResults(
			1, SurveyResultsQuery.all(), 5,
			Arrays.asList(
				new SurveyResultsGroup(0, 0, 7001, 0, OptionalLong.of(20), 40),
				new SurveyResultsGroup(0, 0, 7002, 0, OptionalLong.empty(), 6)),
			23, 46, Arrays.asList(questionResults));

		ResultsLabels resultsLabels = new ResultsLabels() {

			@Override
			public String group(SurveyResultsGroup group) {
				return (group.getOrganizationId() == 7001) ? "Umeå" :
					"Skellefteå";
			}

			@Override
			public String question(SurveyQuestionResults questionResults) {
				return "=Nöjd?";
			}

			@Override
			public String total() {
				return "Alla";
			}

			@Override
			public String value(
				SurveyQuestionResults questionResults, int valueIndex) {

				return (valueIndex == 0) ? "Ja" : "Nej";
			}

		};

		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		new SurveyResultsCsvExport(
			ResultsBundles.swedish(), resultsLabels
		).write(
			surveyResults, outputStream
		);

		String text = new String(
			outputStream.toByteArray(), StandardCharsets.UTF_8);

		return CSVFormat.RFC4180.builder(
		).setDelimiter(
			';'
		).get(
		).parse(
			new StringReader(text.substring(1))
		).getRecords();
	}

}
