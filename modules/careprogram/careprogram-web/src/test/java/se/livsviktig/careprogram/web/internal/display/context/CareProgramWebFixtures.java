package se.livsviktig.careprogram.web.internal.display.context;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.io.IOException;
import java.io.Reader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Instant;

import java.util.Date;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.TimeZone;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;
import se.livsviktig.careprogram.web.internal.badge.ReviewStatusReader;

/**
 * Programmes, routines, people and administrations for the display context tests, read as the pages read them:
 * one active owner, the reader in Stockholm reading English, "now" fixed.
 *
 * @author Livsviktig
 */
final class CareProgramWebFixtures {

	public static final long OWNER_USER_ID = 301;

	public static final Date NOW = at("2026-03-12T10:00:00Z");

	public static final TimeZone STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

	public static Date at(String instant) {
		return Date.from(Instant.parse(instant));
	}

	public static CareProgram careProgram(
		long careProgramId, String title, long ownerUserId, Date lastReview,
		Date nextReview) {

		CareProgram careProgram = mock(CareProgram.class);

		when(
			careProgram.getCareProgramId()
		).thenReturn(
			careProgramId
		);
		when(
			careProgram.getTitle(any(Locale.class))
		).thenReturn(
			title
		);
		when(
			careProgram.getOwnerUserId()
		).thenReturn(
			ownerUserId
		);
		when(
			careProgram.getLastReviewDate()
		).thenReturn(
			lastReview
		);
		when(
			careProgram.getNextReviewDate()
		).thenReturn(
			nextReview
		);

		return careProgram;
	}

	public static ReviewBadges englishBadges() throws IOException {
		try (Reader reader = Files.newBufferedReader(
				Path.of("src/main/resources/content/Language.properties"),
				StandardCharsets.UTF_8)) {

			return new ReviewBadges(
				new PropertyResourceBundle(reader), Locale.US, STOCKHOLM);
		}
	}

	public static LocalRoutine localRoutine(
		long localRoutineId, long careProgramId, long organizationId,
		long ownerUserId, Date lastReview, Date nextReview) {

		LocalRoutine localRoutine = mock(LocalRoutine.class);

		when(
			localRoutine.getLocalRoutineId()
		).thenReturn(
			localRoutineId
		);
		when(
			localRoutine.getCareProgramId()
		).thenReturn(
			careProgramId
		);
		when(
			localRoutine.getOrganizationId()
		).thenReturn(
			organizationId
		);
		when(
			localRoutine.getOwnerUserId()
		).thenReturn(
			ownerUserId
		);
		when(
			localRoutine.getLastReviewDate()
		).thenReturn(
			lastReview
		);
		when(
			localRoutine.getNextReviewDate()
		).thenReturn(
			nextReview
		);

		return localRoutine;
	}

	public static OrganizationLocalService organizations(
		long organizationId, String name) {

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		Organization organization = mock(Organization.class);

		when(
			organization.getName()
		).thenReturn(
			name
		);
		when(
			organizationLocalService.fetchOrganization(organizationId)
		).thenReturn(
			organization
		);

		return organizationLocalService;
	}

	public static ReviewStatusReader reviewStatusReader(
		UserLocalService userLocalService) {

		return new ReviewStatusReader(userLocalService, NOW, 30, STOCKHOLM);
	}

	/**
	 * @return a user service that knows one active owner
	 */
	public static UserLocalService users() {
		UserLocalService userLocalService = mock(UserLocalService.class);

		User user = mock(User.class);

		when(
			user.isActive()
		).thenReturn(
			true
		);
		when(
			user.getFullName()
		).thenReturn(
			"Karin Ek"
		);
		when(
			userLocalService.fetchUser(OWNER_USER_ID)
		).thenReturn(
			user
		);

		return userLocalService;
	}

	private CareProgramWebFixtures() {
	}

}
