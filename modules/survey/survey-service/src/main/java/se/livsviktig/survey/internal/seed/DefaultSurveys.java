package se.livsviktig.survey.internal.seed;

import java.util.List;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;

/**
 * The surveys every company starts with, in Swedish and English: a course evaluation to send after a session, and
 * the follow-up a coordinator once built by hand for everyone who took MHFA ("Har du använt det du lärde dig?"),
 * to send months after completion. Both anonymous. Each has a key that, with the company, makes its fixed uuid, so
 * it is created once whichever node starts the company first.
 *
 * @author Livsviktig
 */
public class DefaultSurveys {

	public static final SeedSurvey COURSE_EVALUATION = new SeedSurvey(
		"course-evaluation", SurveyConstants.KIND_EVALUATION, "Kursutvärdering",
		"Course evaluation",
		"Tack för att du deltog! Dina svar är anonyma och hjälper oss att " +
			"göra utbildningen bättre.",
		"Thank you for taking part! Your answers are anonymous and help us " +
			"make the training better.",
		List.of(
			SeedQuestion.likert(
				"Innehållet i utbildningen var relevant för mitt arbete.",
				"The content of the training was relevant to my work.",
				"Instämmer inte alls", "Strongly disagree", "Instämmer helt",
				"Strongly agree"),
			SeedQuestion.likert(
				"Instruktören förklarade innehållet på ett tydligt sätt.",
				"The instructor explained the content clearly.",
				"Instämmer inte alls", "Strongly disagree", "Instämmer helt",
				"Strongly agree"),
			SeedQuestion.likert(
				"Jag kommer att ha nytta av det jag lärde mig.",
				"I will find what I learnt useful.", "Instämmer inte alls",
				"Strongly disagree", "Instämmer helt", "Strongly agree"),
			SeedQuestion.plain(
				SurveyQuestionConstants.TYPE_FREE_TEXT,
				"Vad skulle du vilja ändra på i utbildningen?",
				"What would you change about the training?", false)));

	public static final SeedSurvey MHFA_FOLLOW_UP = new SeedSurvey(
		"mhfa-follow-up", SurveyConstants.KIND_FOLLOW_UP,
		"Har du använt det du lärde dig?", "Have you used what you learnt?",
		"Uppföljning av MHFA – Första hjälpen till psykisk hälsa. Dina svar " +
			"är anonyma.",
		"Follow-up of MHFA – Mental Health First Aid. Your answers are " +
			"anonymous.",
		List.of(
			SeedQuestion.plain(
				SurveyQuestionConstants.TYPE_YES_NO,
				"Har du använt MHFA-kunskaperna sedan utbildningen?",
				"Have you used your MHFA skills since the training?", true),
			SeedQuestion.choice(
				SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE,
				"I vilka situationer?", "In which situations?",
				"I arbetet med brukare, patienter eller elever\n" +
					"Med kollegor\nMed familj eller vänner\nI andra " +
						"sammanhang",
				"At work with clients, patients or pupils\nWith colleagues\n" +
					"With family or friends\nIn other situations",
				false),
			SeedQuestion.likert(
				"Hur säker känner du dig på att ge första hjälpen vid psykisk " +
					"ohälsa?",
				"How confident do you feel giving mental health first aid?",
				"Inte alls säker", "Not at all confident", "Mycket säker",
				"Very confident"),
			SeedQuestion.plain(
				SurveyQuestionConstants.TYPE_FREE_TEXT,
				"Berätta gärna mer om hur du har använt det du lärde dig.",
				"Feel free to tell us more about how you have used what you " +
					"learnt.",
				false)));

	public static final List<SeedSurvey> ALL = List.of(
		COURSE_EVALUATION, MHFA_FOLLOW_UP);

}
