package se.livsviktig.training.web.internal.export;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import se.livsviktig.training.web.internal.display.context.UnitTrainingRow;

/**
 * A unit's training as its exports lay it out: the page's columns (name, method, completions, last completion,
 * coming up) in the page's order, the headers and keys translated, the last completion as a day in the
 * reader's time zone (empty when there is none: the count of 0 says so).
 *
 * @author Livsviktig
 */
public class UnitTrainingExport {

	public static final List<String> HEADER_KEYS = Arrays.asList(
		"name", "training-method", "completions", "last-completed",
		"coming-up");

	/**
	 * @param translator a Language key's text in the reader's language
	 */
	public UnitTrainingExport(
		String title, List<UnitTrainingRow> rows,
		Function<String, String> translator, ZoneId zoneId) {

		_title = title;
		_rows = rows;
		_translator = translator;
		_zoneId = zoneId;
	}

	public String[] getHeaders() {
		return HEADER_KEYS.stream(
		).map(
			_translator
		).toArray(
			String[]::new
		);
	}

	/**
	 * @return the day the member last completed the method, or null
	 */
	public LocalDate getLastCompletionDay(UnitTrainingRow row) {
		if (row.getLastCompletionDate() == null) {
			return null;
		}

		return row.getLastCompletionDate(
		).toInstant(
		).atZone(
			_zoneId
		).toLocalDate();
	}

	public List<UnitTrainingRow> getRows() {
		return _rows;
	}

	public String getTitle() {
		return _title;
	}

	public String getTrainingMethodName(UnitTrainingRow row) {
		if (row.getTrainingMethodName() == null) {
			return _translator.apply("no-registrations");
		}

		return row.getTrainingMethodName();
	}

	public String getUpcoming(UnitTrainingRow row) {
		return _translator.apply(row.getUpcomingKey());
	}

	/**
	 * @return the same cells as text, for the CSV writer
	 */
	public ParticipantTable toTextTable() {
		ParticipantTable participantTable = new ParticipantTable(
			_title, Arrays.asList(getHeaders()));

		for (UnitTrainingRow row : _rows) {
			LocalDate lastCompletionDay = getLastCompletionDay(row);

			participantTable.addRow(
				Arrays.asList(
					row.getFullName(), getTrainingMethodName(row),
					String.valueOf(row.getCompletedCount()),
					(lastCompletionDay == null) ? "" :
						lastCompletionDay.toString(),
					getUpcoming(row)));
		}

		return participantTable;
	}

	private final List<UnitTrainingRow> _rows;
	private final String _title;
	private final Function<String, String> _translator;
	private final ZoneId _zoneId;

}
