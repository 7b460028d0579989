package se.livsviktig.training.internal.instance.lifecycle;

import java.util.Arrays;
import java.util.List;

/**
 * The methods Swedish municipalities train their staff in under the state–SKR agreements, with rules a
 * coordinator can change afterwards: MHFA is taught by two certified instructors who keep their licence by
 * teaching; Psyk-E bas and SIP are led by a trained facilitator from the organisation's own staff.
 *
 * @author Livsviktig
 */
public class StandardTrainingMethod {

	public static final List<StandardTrainingMethod> ALL = Arrays.asList(
		new StandardTrainingMethod(
			"MHFA_VUXEN", "MHFA Vuxen – Första hjälpen till psykisk hälsa",
			"MHFA Adult – Mental Health First Aid",
			"Två dagar om att uppmärksamma psykisk ohälsa och suicidrisk hos " +
				"vuxna och ge första hjälpen.",
			"Two days on noticing mental ill-health and suicide risk in adults " +
				"and giving first aid.",
			true, 2, 100, 2, 24),
		new StandardTrainingMethod(
			"MHFA_UNGDOM", "MHFA Ungdom", "MHFA Youth",
			"Första hjälpen till psykisk hälsa för vuxna som möter unga.",
			"Mental health first aid for adults who meet young people.", true,
			2, 100, 2, 24),
		new StandardTrainingMethod(
			"MHFA_ALDRE", "MHFA Äldre", "MHFA Older Adults",
			"Första hjälpen till psykisk hälsa hos äldre.",
			"Mental health first aid for older adults.", true, 2, 100, 2, 24),
		new StandardTrainingMethod(
			"YAM", "YAM – Youth Aware of Mental Health",
			"YAM – Youth Aware of Mental Health",
			"Skolbaserat program om psykisk hälsa för elever, lett av " +
				"certifierade instruktörer.",
			"School-based mental health programme for pupils, led by " +
				"certified instructors.",
			true, 1, 100, 2, 12),
		new StandardTrainingMethod(
			"PSYK_E_BAS", "Psyk-E bas", "Psyk-E bas",
			"Grundläggande kunskap om psykisk ohälsa och suicid, i " +
				"studiecirkelform med egen handledare.",
			"Basic knowledge of mental ill-health and suicide, as a study " +
				"circle led by the organisation's own facilitator.",
			false, 1, 75, 0, 0),
		new StandardTrainingMethod(
			"PSYK_E_BAS_SENIOR", "Psyk-E bas Senior", "Psyk-E bas Senior",
			"Psyk-E bas för dem som arbetar med äldre.",
			"Psyk-E bas for those who work with older people.", false, 1, 75,
			0, 0),
		new StandardTrainingMethod(
			"SIP", "SIP – Samordnad individuell plan",
			"SIP – Coordinated Individual Plan",
			"Hur kommun och region gör en samordnad individuell plan " +
				"tillsammans med den enskilde.",
			"How municipality and region make a coordinated individual plan " +
				"together with the person.",
			false, 1, 100, 0, 0),
		new StandardTrainingMethod(
			"VAGA_FRAGA", "Våga fråga – om suicid", "Dare to Ask – about suicide",
			"Att känna igen varningstecken och våga fråga om självmordstankar.",
			"Recognising warning signs and daring to ask about suicidal " +
				"thoughts.",
			false, 1, 100, 0, 0),
		new StandardTrainingMethod(
			"MI", "MI – Motiverande samtal", "MI – Motivational Interviewing",
			"Samtalsmetod för att stärka en persons egen motivation till " +
				"förändring.",
			"A conversation method that strengthens a person's own " +
				"motivation to change.",
			false, 1, 80, 0, 0));

	public String getEnglishDescription() {
		return _englishDescription;
	}

	public String getEnglishName() {
		return _englishName;
	}

	public String getExternalReferenceCode() {
		return _externalReferenceCode;
	}

	public int getInstructorsPerSession() {
		return _instructorsPerSession;
	}

	public int getLicencePeriodMonths() {
		return _licencePeriodMonths;
	}

	public int getLicenceSessionsRequired() {
		return _licenceSessionsRequired;
	}

	public int getRequiredAttendancePercent() {
		return _requiredAttendancePercent;
	}

	public String getSwedishDescription() {
		return _swedishDescription;
	}

	public String getSwedishName() {
		return _swedishName;
	}

	public boolean isCertifiedInstructorsRequired() {
		return _certifiedInstructorsRequired;
	}

	private StandardTrainingMethod(
		String externalReferenceCode, String swedishName, String englishName,
		String swedishDescription, String englishDescription,
		boolean certifiedInstructorsRequired, int instructorsPerSession,
		int requiredAttendancePercent, int licenceSessionsRequired,
		int licencePeriodMonths) {

		_externalReferenceCode = externalReferenceCode;
		_swedishName = swedishName;
		_englishName = englishName;
		_swedishDescription = swedishDescription;
		_englishDescription = englishDescription;
		_certifiedInstructorsRequired = certifiedInstructorsRequired;
		_instructorsPerSession = instructorsPerSession;
		_requiredAttendancePercent = requiredAttendancePercent;
		_licenceSessionsRequired = licenceSessionsRequired;
		_licencePeriodMonths = licencePeriodMonths;
	}

	private final boolean _certifiedInstructorsRequired;
	private final String _englishDescription;
	private final String _englishName;
	private final String _externalReferenceCode;
	private final int _instructorsPerSession;
	private final int _licencePeriodMonths;
	private final int _licenceSessionsRequired;
	private final int _requiredAttendancePercent;
	private final String _swedishDescription;
	private final String _swedishName;

}
