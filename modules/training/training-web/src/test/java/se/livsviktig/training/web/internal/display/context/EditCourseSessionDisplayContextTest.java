package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionDeadlineException;
import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.web.internal.portlet.action.BaseAdminCourseSessionMVCActionCommand;

/**
 * The session form: each typed refusal becomes its message by its field, the form then shows what was typed,
 * and a saved session fills it in the coordinator's time zone with empty rows to add dates and quotas.
 *
 * @author Livsviktig
 */
public class EditCourseSessionDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			new Locale("sv", "SE")
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone(_STOCKHOLM)
		);
	}

	@MethodSource("refusals")
	@ParameterizedTest
	public void eachRefusalIsExplainedByItsField(
		Exception exception, String fieldName, String messageKey) {

		SessionErrors.add(
			_renderRequest,
			BaseAdminCourseSessionMVCActionCommand.getErrorKey(exception),
			exception);

		EditCourseSessionDisplayContext displayContext = _displayContext(
			_savedSession());

		List<FormError> errors = displayContext.getErrors();

		assertEquals(1, errors.size());
		assertEquals(fieldName, errors.get(0).getFieldName());
		assertEquals(messageKey, errors.get(0).getMessageKey());

		if (!fieldName.isEmpty()) {
			assertEquals(errors.get(0), displayContext.getError(fieldName));
		}
	}

	@Test
	public void aNewSessionStartsAsADraftOnSiteWithEmptyRows() {
		EditCourseSessionDisplayContext displayContext = _displayContext(null);

		assertTrue(displayContext.isNew());
		assertEquals("add-session", displayContext.getTitleKey());
		assertEquals(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE,
			displayContext.getDeliveryMode());
		assertEquals(
			CourseSessionFormRows.EMPTY_ROWS,
			displayContext.getDateRows().size());
		assertEquals(
			CourseSessionFormRows.EMPTY_ROWS,
			displayContext.getQuotaRows().size());
		assertFalse(displayContext.isShowPublish());
		assertFalse(displayContext.isShowCancel());
		assertFalse(displayContext.isShowArchive());
		assertTrue(displayContext.getErrors().isEmpty());
	}

	@Test
	public void aRefusedSaveShowsWhatWasTypedNotWhatIsStored() {
		SessionErrors.add(
			_renderRequest, SessionSeatsException.class.getName(),
			new SessionSeatsException());

		_param("seats", "2000");
		_param("venueName", "Folkets hus");
		_param("dateCount", "1");
		_param("startDate0", "2030-03-20T09:00");
		_param("endDate0", "");
		_param("quotaCount", "1");
		_param("quotaOrganizationId0", "302");
		_param("quotaSeats0", "3");
		_param("quotaReleaseDate0", "2030-03-19");

		EditCourseSessionDisplayContext displayContext = _displayContext(
			_savedSession());

		assertEquals("2000", displayContext.getSeats());
		assertEquals("Folkets hus", displayContext.getVenueName());

		List<CourseSessionFormRows.DateRow> dateRows =
			displayContext.getDateRows();

		assertEquals(1, dateRows.size());
		assertEquals("2030-03-20T09:00", dateRows.get(0).getStartDate());
		assertEquals("", dateRows.get(0).getEndDate());

		CourseSessionFormRows.QuotaRow quotaRow =
			displayContext.getQuotaRows().get(0);

		assertEquals("3", quotaRow.getSeats());
		assertEquals("2030-03-19", quotaRow.getReleaseDate());
		assertTrue(
			quotaRow.getOrganizationOptions(
			).get(
				1
			).isSelected());
		assertArrayEquals(
			new Object[] {CourseSessionConstants.MAX_SEATS, 168},
			displayContext.getError(
				"seats"
			).getArguments());
	}

	@Test
	public void aSavedSessionIsShownInTheCoordinatorsTimeZone() {
		EditCourseSessionDisplayContext displayContext = _displayContext(
			_savedSession());

		assertFalse(displayContext.isNew());
		assertEquals("edit-session", displayContext.getTitleKey());
		assertEquals("Stadshuset", displayContext.getVenueName());
		assertEquals("20", displayContext.getSeats());
		assertEquals(
			"2030-03-10T16:00", displayContext.getRegistrationCloseDate());

		List<CourseSessionFormRows.DateRow> dateRows =
			displayContext.getDateRows();

		assertEquals(1 + CourseSessionFormRows.EMPTY_ROWS, dateRows.size());
		assertEquals("2030-03-14T09:00", dateRows.get(0).getStartDate());
		assertEquals("2030-03-14T16:00", dateRows.get(0).getEndDate());
		assertEquals("", dateRows.get(1).getStartDate());

		CourseSessionFormRows.QuotaRow quotaRow =
			displayContext.getQuotaRows().get(0);

		assertEquals("5", quotaRow.getSeats());
		assertEquals("2030-03-07", quotaRow.getReleaseDate());
		assertTrue(
			quotaRow.getOrganizationOptions(
			).get(
				0
			).isSelected());

		assertArrayEquals(
			new boolean[] {false, true},
			new boolean[] {
				displayContext.getAudienceOptions(
				).get(
					0
				).isSelected(),
				displayContext.getAudienceOptions(
				).get(
					1
				).isSelected()
			});
		assertTrue(displayContext.isShowPublish(), "a draft is published");
		assertTrue(displayContext.isShowCancel());
		assertTrue(displayContext.isShowArchive());
		assertNull(displayContext.getError("seats"));
	}

	@Test
	public void theOrganisationsAreListedAsATreeWithTheirPath() {
		Organization vof = _organization(
			10, "Vård- och omsorgsförvaltningen", 0);

		EditCourseSessionDisplayContext displayContext =
			new EditCourseSessionDisplayContext(
				_renderRequest, _renderResponse, null, Collections.emptyList(),
				Collections.emptyList(), new long[] {12},
				Collections.emptyList(),
				List.of(
					_organization(13, "Äldreboende Öster", 10),
					_organization(12, "Hemtjänst Norr", 10), vof,
					_organization(20, "Arbetsmarknadsförvaltningen", 0),
					_organization(14, "Hemtjänst Norr, natt", 12)),
				"/sessions");

		List<OrganizationOption> audienceOptions =
			displayContext.getAudienceOptions();

		// Swedish order: Ä after H, as a Swedish reader looks for it

		assertEquals(
			List.of("20", "10", "12", "14", "13"),
			audienceOptions.stream(
			).map(
				OrganizationOption::getValue
			).collect(
				Collectors.toList()
			));
		assertEquals(
			List.of(0, 0, 1, 2, 1),
			audienceOptions.stream(
			).map(
				OrganizationOption::getDepth
			).collect(
				Collectors.toList()
			));
		assertEquals("", audienceOptions.get(1).getParentPath());
		assertEquals(
			"Vård- och omsorgsförvaltningen › Hemtjänst Norr › ",
			audienceOptions.get(3).getParentPath());
		assertEquals("Hemtjänst Norr, natt", audienceOptions.get(3).getName());
		assertTrue(audienceOptions.get(2).isSelected());
		assertFalse(audienceOptions.get(1).isSelected());

		// A select cannot indent, so the quota's choices carry the whole path

		assertEquals(
			"Vård- och omsorgsförvaltningen › Hemtjänst Norr",
			displayContext.getQuotaRows(
			).get(
				0
			).getOrganizationOptions(
			).get(
				2
			).getName());
	}

	protected static Stream<Arguments> refusals() {
		return Stream.of(
			Arguments.of(
				new CancellationReasonException(), "cancellationReason",
				"give-a-reason-for-the-participants"),
			Arguments.of(
				new NoSuchCourseException(), "courseId", "choose-a-course"),
			Arguments.of(
				new RegistrationStatusException(), "",
				"the-session-cannot-do-that-in-its-current-state"),
			Arguments.of(
				new RequiredCourseSessionException(), "",
				"the-session-has-registrations-cancel-or-archive-it"),
			Arguments.of(
				new SessionDatesException(), "startDate0",
				"each-date-must-end-after-it-starts"),
			Arguments.of(
				new SessionDeadlineException.CancellationDeadline("late"),
				"cancellationDeadline",
				"the-cancellation-deadline-may-not-be-after-the-start"),
			Arguments.of(
				new SessionDeadlineException.RegistrationWindow("closed"),
				"registrationOpenDate",
				"registration-must-open-before-it-closes-and-close-before-" +
					"the-start"),
			Arguments.of(
				new SessionQuotaException.MustBeOrganization("none"),
				"quotaOrganizationId0", "each-quota-needs-an-organisation"),
			Arguments.of(
				new SessionSeatsException(), "seats",
				"enter-1-to-x-seats-and-0-to-x-offer-hours"),
			Arguments.of(
				new SessionSeatsException.MustNotBeBelowSeatsTaken("12"),
				"seats", "the-seats-may-not-be-fewer-than-those-taken-x"),
			Arguments.of(
				new SessionVenueException("too long"), "venueName",
				"the-place-link-or-note-is-too-long"),
			Arguments.of(
				new SessionVenueException.MustHaveCoordinator("none"), "",
				"the-coordinator-must-be-a-user-of-the-company"),
			Arguments.of(
				new SessionVenueException.MustHaveMeetingURL("http"),
				"onlineMeetingURL", "an-online-session-needs-an-https-link"),
			Arguments.of(
				new SessionVenueException.MustHaveVenue("none"), "venueName",
				"a-session-on-site-needs-a-venue"));
	}

	private static Date _at(int month, int day, int hour) {
		return Date.from(
			ZonedDateTime.of(
				2030, month, day, hour, 0, 0, 0, _STOCKHOLM
			).toInstant());
	}

	private EditCourseSessionDisplayContext _displayContext(
		CourseSession courseSession) {

		List<SessionDate> sessionDates = Collections.emptyList();
		List<SessionQuota> sessionQuotas = Collections.emptyList();

		if (courseSession != null) {
			SessionDate sessionDate = mock(SessionDate.class);

			when(
				sessionDate.getStartDate()
			).thenReturn(
				_at(3, 14, 9)
			);
			when(
				sessionDate.getEndDate()
			).thenReturn(
				_at(3, 14, 16)
			);

			SessionQuota sessionQuota = mock(SessionQuota.class);

			when(
				sessionQuota.getOrganizationId()
			).thenReturn(
				301L
			);
			when(
				sessionQuota.getSeats()
			).thenReturn(
				5
			);
			when(
				sessionQuota.getReleaseDate()
			).thenReturn(
				_at(3, 7, 0)
			);

			sessionDates = List.of(sessionDate);
			sessionQuotas = List.of(sessionQuota);
		}

		return new EditCourseSessionDisplayContext(
			_renderRequest, _renderResponse, courseSession, sessionDates,
			sessionQuotas, new long[] {302}, Collections.emptyList(),
			List.of(_organization(301), _organization(302)), "/sessions");
	}

	private Organization _organization(long organizationId) {
		return _organization(
			organizationId, "Förvaltning " + organizationId, 0);
	}

	private Organization _organization(
		long organizationId, String name, long parentOrganizationId) {

		Organization organization = mock(Organization.class);

		when(
			organization.getOrganizationId()
		).thenReturn(
			organizationId
		);
		when(
			organization.getName()
		).thenReturn(
			name
		);
		when(
			organization.getParentOrganizationId()
		).thenReturn(
			parentOrganizationId
		);

		return organization;
	}

	private void _param(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private CourseSession _savedSession() {
		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			601L
		);
		when(
			courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_DRAFT
		);
		when(
			courseSession.getVenueName()
		).thenReturn(
			"Stadshuset"
		);
		when(
			courseSession.getSeats()
		).thenReturn(
			20
		);
		when(
			courseSession.getSeatsTaken()
		).thenReturn(
			12
		);
		when(
			courseSession.getRegistrationCloseDate()
		).thenReturn(
			_at(3, 10, 16)
		);

		return courseSession;
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
