package se.livsviktig.survey.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.training.model.TrainingMethod;

/**
 * A dispatch reads as words: to a method's participants by its name, or to a number of chosen sessions; the
 * trigger with its days; reminders, or none; the dates in the reader's time zone; and the progress the dispatch
 * service counts, figure by figure.
 *
 * @author Livsviktig
 */
public class DispatchRowsTest {

	@Test
	public void aMethodsDispatchNamesTheMethodTheTriggerAndTheReminders() {
		DispatchRow row = _rows(
		).of(
			List.of(
				_dispatch(
					5001, 1, SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION,
					180, 7, 2))
		).get(
			0
		);

		assertEquals("participants-of-x[MHFA Vuxen]", row.getTarget());
		assertEquals("x-days-after-completion[180]", row.getTrigger());
		assertEquals("every-x-days-at-most-x-times[7, 2]", row.getReminders());
		assertEquals("Jan 2, 2031", row.getWindowStart());
		assertEquals(
			List.of(40L, 22L, 15L, 3L),
			List.of(
				row.getInvited(), row.getAnswered(), row.getReminded(),
				row.getOptedOut()));
		assertEquals("edit-5001", row.getEditURL());
	}

	@Test
	public void aSessionsDispatchCountsItsSessionsAndMayHaveNoReminders() {
		DispatchRow row = _rows(
		).of(
			List.of(
				_dispatch(
					5002, 0, SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 1,
					7, 0))
		).get(
			0
		);

		assertEquals("participants-of-x-chosen-sessions[3]", row.getTarget());
		assertEquals("x-days-after-the-last-date[1]", row.getTrigger());
		assertEquals("no-reminders", row.getReminders());
	}

	@Test
	public void aDeletedMethodIsSaidSo() {
		assertEquals(
			"a-training-method-since-deleted",
			_rows(
			).of(
				List.of(
					_dispatch(
						5003, 9,
						SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 1, 7,
						2))
			).get(
				0
			).getTarget());
	}

	private static SurveyDispatch _dispatch(
		long surveyDispatchId, long methodId, int triggerType, int delayDays,
		int reminderIntervalDays, int maxReminders) {

		SurveyDispatch surveyDispatch = mock(SurveyDispatch.class);

		when(
			surveyDispatch.getSurveyDispatchId()
		).thenReturn(
			surveyDispatchId
		);
		when(
			surveyDispatch.getMethodId()
		).thenReturn(
			methodId
		);
		when(
			surveyDispatch.getTriggerType()
		).thenReturn(
			triggerType
		);
		when(
			surveyDispatch.getDelayDays()
		).thenReturn(
			delayDays
		);
		when(
			surveyDispatch.getReminderIntervalDays()
		).thenReturn(
			reminderIntervalDays
		);
		when(
			surveyDispatch.getMaxReminders()
		).thenReturn(
			maxReminders
		);
		when(
			surveyDispatch.getWindowStartDate()
		).thenReturn(
			Date.from(Instant.parse("2031-01-01T23:00:00Z"))
		);

		return surveyDispatch;
	}

	private DispatchRows _rows() {
		Language language = mock(Language.class);

		when(
			language.get(any(Locale.class), anyString())
		).thenAnswer(
			invocation -> invocation.getArgument(1)
		);
		when(
			language.format(any(Locale.class), anyString(), any(Object[].class))
		).thenAnswer(
			invocation -> invocation.getArgument(1) +
				Arrays.toString((Object[])invocation.getArgument(2))
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(_ENGLISH)
		).thenReturn(
			"MHFA Vuxen"
		);

		DispatchProgress dispatchProgress = new DispatchProgress(40, 22, 15, 3);

		return new DispatchRows(
			language, _ENGLISH, ZoneId.of("Europe/Stockholm"),
			trainingMethodId -> (trainingMethodId == 1) ? trainingMethod : null,
			surveyDispatchId -> 3, surveyDispatchId -> dispatchProgress,
			surveyDispatchId -> "edit-" + surveyDispatchId);
	}

	private static final Locale _ENGLISH = new Locale("en", "US");

}
