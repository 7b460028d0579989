package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;

/**
 * The page that asks before a programme or a routine is deleted: what goes (its name), what goes with it (each a
 * language key and a count, e.g. "2 local routines"), the POST that deletes and the way back without deleting.
 * Deleting cannot be undone, so it is never a link: the page's one form posts to the action URL.
 *
 * @author Livsviktig
 */
public class DeleteConfirmation {

	public DeleteConfirmation(
		String headingKey, String name, List<Consequence> consequences,
		String actionURL, String idParameterName, long id, String cancelURL) {

		_headingKey = headingKey;
		_name = name;
		_consequences = consequences;
		_actionURL = actionURL;
		_idParameterName = idParameterName;
		_id = id;
		_cancelURL = cancelURL;
	}

	public String getActionURL() {
		return _actionURL;
	}

	public String getCancelURL() {
		return _cancelURL;
	}

	public List<Consequence> getConsequences() {
		return _consequences;
	}

	public String getHeadingKey() {
		return _headingKey;
	}

	public long getId() {
		return _id;
	}

	public String getIdParameterName() {
		return _idParameterName;
	}

	/**
	 * @return the name of what goes, as plain text (the JSP escapes it)
	 */
	public String getName() {
		return _name;
	}

	/**
	 * One kind of thing deleted with it, and how many.
	 */
	public static class Consequence {

		public Consequence(String messageKey, int count) {
			_messageKey = messageKey;
			_count = count;
		}

		public int getCount() {
			return _count;
		}

		public String getMessageKey() {
			return _messageKey;
		}

		private final int _count;
		private final String _messageKey;

	}

	private final String _actionURL;
	private final String _cancelURL;
	private final List<Consequence> _consequences;
	private final String _headingKey;
	private final long _id;
	private final String _idParameterName;
	private final String _name;

}
