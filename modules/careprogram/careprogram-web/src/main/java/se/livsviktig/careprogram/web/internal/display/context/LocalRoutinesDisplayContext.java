package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;
import java.util.Map;

/**
 * A programme's routines in Livsviktig – Vård- och insatsprogram: one row per administration, with the links to
 * add and edit a routine and back to the programmes.
 *
 * @author Livsviktig
 */
public class LocalRoutinesDisplayContext {

	public LocalRoutinesDisplayContext(
		String careProgramTitle, List<LocalRoutineRow> localRoutineRows,
		String addURL, Map<Long, String> editURLs,
		Map<Long, String> deleteURLs, String backURL,
		String successMessageKey) {

		_careProgramTitle = careProgramTitle;
		_localRoutineRows = localRoutineRows;
		_addURL = addURL;
		_editURLs = editURLs;
		_deleteURLs = deleteURLs;
		_backURL = backURL;
		_successMessageKey = successMessageKey;
	}

	public String getAddURL() {
		return _addURL;
	}

	public String getBackURL() {
		return _backURL;
	}

	public String getCareProgramTitle() {
		return _careProgramTitle;
	}

	/**
	 * @return the delete confirmation's URL of one routine, or null when the coordinator may not delete it
	 */
	public String getDeleteURL(LocalRoutineRow localRoutineRow) {
		return _deleteURLs.get(localRoutineRow.getLocalRoutineId());
	}

	/**
	 * @return the edit form's URL of one routine
	 */
	public String getEditURL(LocalRoutineRow localRoutineRow) {
		return _editURLs.get(localRoutineRow.getLocalRoutineId());
	}

	public List<LocalRoutineRow> getLocalRoutineRows() {
		return _localRoutineRows;
	}

	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	private final String _addURL;
	private final String _backURL;
	private final String _careProgramTitle;
	private final Map<Long, String> _deleteURLs;
	private final Map<Long, String> _editURLs;
	private final List<LocalRoutineRow> _localRoutineRows;
	private final String _successMessageKey;

}
