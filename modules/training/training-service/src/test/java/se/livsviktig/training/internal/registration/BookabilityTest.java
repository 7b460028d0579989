package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.exception.RegistrationNotOpenException;
import se.livsviktig.training.exception.SessionCancelledException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.internal.organization.OrganizationLineages;
import se.livsviktig.training.internal.organization.OrganizationMemberships;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;

/**
 * @author Livsviktig
 */
public class BookabilityTest {

	@Test
	public void aCancelledSessionCannotBeBooked() {
		CourseSession courseSession = _openSession();

		courseSession.setStatus(CourseSessionConstants.STATUS_CANCELLED);

		assertThrows(
			SessionCancelledException.class,
			() -> Bookability.check(courseSession, _EVERYONE, _SOF_USER, _NOW));
	}

	@Test
	public void aDraftSessionCannotBeBooked() {
		CourseSession courseSession = _openSession();

		courseSession.setStatus(CourseSessionConstants.STATUS_DRAFT);

		assertThrows(
			SessionNotPublishedException.class,
			() -> Bookability.check(courseSession, _EVERYONE, _SOF_USER, _NOW));
	}

	@Test
	public void anEmptyAudienceIsTheWholeCompany() {
		assertDoesNotThrow(
			() -> Bookability.check(
				_openSession(), _EVERYONE, _member(), _NOW));
	}

	@Test
	public void onlyTheAudiencesAdministrationsMayBook() {
		List<Long> onlyVOF = Collections.singletonList(_VOF);

		assertThrows(
			NotInSessionAudienceException.class,
			() -> Bookability.check(_openSession(), onlyVOF, _SOF_USER, _NOW));
		assertDoesNotThrow(
			() -> Bookability.check(
				_openSession(), onlyVOF, _member(_SOF, _VOF), _NOW));
	}

	@Test
	public void registrationClosesAtTheCloseDate() {
		CourseSession courseSession = _openSession();

		courseSession.setRegistrationCloseDate(_NOW);

		assertThrows(
			RegistrationClosedException.class,
			() -> Bookability.check(courseSession, _EVERYONE, _SOF_USER, _NOW));
	}

	@Test
	public void registrationIsNotPossibleBeforeTheOpenDate() {
		CourseSession courseSession = _openSession();

		courseSession.setRegistrationOpenDate(new Date(_NOW.getTime() + 1));

		assertThrows(
			RegistrationNotOpenException.class,
			() -> Bookability.check(courseSession, _EVERYONE, _SOF_USER, _NOW));
	}

	@Test
	public void theRegistrationCountsForTheFirstAdministrationInTheAudience() {
		assertEquals(
			_VOF,
			Bookability.getAudienceOrganizationId(
				Collections.singletonList(_VOF), _member(_SOF, _VOF)));
		assertEquals(
			_SOF,
			Bookability.getAudienceOrganizationId(
				_EVERYONE, _member(_SOF, _VOF)));
		assertEquals(
			0,
			Bookability.getAudienceOrganizationId(
				_EVERYONE, _member()));
	}

	@Test
	public void staffOfAUnitUnderAnAudienceAdministrationMayBook() {
		assertDoesNotThrow(
			() -> Bookability.check(
				_openSession(), Collections.singletonList(_VOF),
				_hemtjanstNorrStaff(), _NOW));
		assertThrows(
			NotInSessionAudienceException.class,
			() -> Bookability.check(
				_openSession(), Collections.singletonList(_SOF),
				_hemtjanstNorrStaff(), _NOW));
	}

	@Test
	public void staffOfAUnitRegisterForTheUnitNotTheAdministrationAboveIt() {
		assertEquals(
			_HEMTJANST_NORR,
			Bookability.getAudienceOrganizationId(
				Collections.singletonList(_VOF), _hemtjanstNorrStaff()));
		assertEquals(
			0,
			Bookability.getAudienceOrganizationId(
				Collections.singletonList(_SOF), _hemtjanstNorrStaff()));
	}

	@Test
	public void aUnitUnderAnAudienceAdministrationIsInTheAudience() {
		OrganizationLineages lineages = _hemtjanstNorrStaff().getLineages();

		assertTrue(
			Bookability.isInAudience(
				Collections.singletonList(_VOF), _HEMTJANST_NORR, lineages));
		assertFalse(
			Bookability.isInAudience(
				Collections.singletonList(_HEMTJANST_NORR), _VOF, lineages));
	}

	/**
	 * A member of "Hemtjänst Norr", a unit under VOF.
	 */
	private OrganizationMemberships _hemtjanstNorrStaff() {
		return new OrganizationMemberships(
			Collections.singletonList(_HEMTJANST_NORR),
			OrganizationLineages.of(
				Collections.singletonMap(
					_HEMTJANST_NORR, new long[] {_HEMTJANST_NORR, _VOF})));
	}

	private OrganizationMemberships _member(Long... organizationIds) {
		return OrganizationMemberships.flat(Arrays.asList(organizationIds));
	}

	private CourseSession _openSession() {
		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		courseSession.setRegistrationOpenDate(
			new Date(_NOW.getTime() - 86_400_000L));
		courseSession.setRegistrationCloseDate(
			new Date(_NOW.getTime() + 86_400_000L));

		return courseSession;
	}

	private static final List<Long> _EVERYONE = Collections.emptyList();

	private static final long _HEMTJANST_NORR = 12;

	private static final Date _NOW = new Date(1_800_000_000_000L);

	private static final long _SOF = 1;

	private static final OrganizationMemberships _SOF_USER =
		OrganizationMemberships.flat(Collections.singletonList(_SOF));

	private static final long _VOF = 2;

}
