package se.livsviktig.survey.internal.seed;

import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.UUID;

/**
 * A survey every company starts with, in Swedish and English. Its uuid is fixed per company (a name-based UUID of
 * the key and the company), so the unique index on (uuid_, groupId) lets one node create it and refuses a second.
 *
 * @author Livsviktig
 */
public class SeedSurvey {

	public SeedSurvey(
		String key, int kind, String swedishTitle, String englishTitle,
		String swedishDescription, String englishDescription,
		List<SeedQuestion> questions) {

		_key = key;
		_kind = kind;
		_swedishTitle = swedishTitle;
		_englishTitle = englishTitle;
		_swedishDescription = swedishDescription;
		_englishDescription = englishDescription;
		_questions = questions;
	}

	public String getEnglishDescription() {
		return _englishDescription;
	}

	public String getEnglishTitle() {
		return _englishTitle;
	}

	public String getKey() {
		return _key;
	}

	public int getKind() {
		return _kind;
	}

	public List<SeedQuestion> getQuestions() {
		return _questions;
	}

	public String getSwedishDescription() {
		return _swedishDescription;
	}

	public String getSwedishTitle() {
		return _swedishTitle;
	}

	/**
	 * The same for the same survey and company on every node and every start, different for every other pair.
	 */
	public String uuid(long companyId) {
		UUID uuid = UUID.nameUUIDFromBytes(
			("livsviktig-survey-seed:" + _key + ":" + companyId).getBytes(
				StandardCharsets.UTF_8));

		return uuid.toString();
	}

	private final String _englishDescription;
	private final String _englishTitle;
	private final String _key;
	private final int _kind;
	private final List<SeedQuestion> _questions;
	private final String _swedishDescription;
	private final String _swedishTitle;

}
