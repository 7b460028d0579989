package se.livsviktig.careprogram.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.ClassedModel;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.portlet.PortletRequest;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.web.internal.portlet.CareProgramAdminPortlet;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.WebBundle;

/**
 * What the care programme views' tests share: the web bundle under test and its harness, the two languages every
 * view is checked in, a fixed "now" (12 March 2026), the people and administrations the portal answers with, and
 * programmes and routines in every review state.
 *
 * @author Livsviktig
 */
final class CareProgramViews {

	public static final Locale ENGLISH = new Locale("en", "US");

	public static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");

	public static final long OWNER_USER_ID = ViewHarness.USER_ID;

	public static final long SOCIAL_ID = 41;

	public static final long USER_ID_FOR_REFUSALS = ViewHarness.USER_ID;

	public static final Locale SWEDISH = new Locale("sv", "SE");

	public static final long UTBILDNING_ID = 42;

	public static final long VARD_ID = 43;

	public static Date at(String instant) {
		return Date.from(Instant.parse(instant));
	}

	public static CareProgram careProgram(
		long careProgramId, String swedishTitle, String englishTitle,
		long ownerUserId, Date lastReview, Date nextReview) {

		CareProgram careProgram = mock(CareProgram.class);

		when(
			careProgram.getCareProgramId()
		).thenReturn(
			careProgramId
		);
		when(
			careProgram.getGroupId()
		).thenReturn(
			ViewHarness.SITE_GROUP_ID
		);
		when(
			careProgram.getTitle(SWEDISH)
		).thenReturn(
			swedishTitle
		);
		when(
			careProgram.getTitle(ENGLISH)
		).thenReturn(
			englishTitle
		);
		when(
			careProgram.getTitle(SWEDISH, false)
		).thenReturn(
			swedishTitle
		);
		when(
			careProgram.getTitle(Locale.US, false)
		).thenReturn(
			englishTitle
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
		when(
			careProgram.getReviewIntervalMonths()
		).thenReturn(
			12
		);
		when(
			careProgram.getNationalURL()
		).thenReturn(
			"https://www.vardochinsats.se/program/" + careProgramId
		);

		return careProgram;
	}

	/**
	 * Hands a render command the portal services every care programme view uses, as the OSGi runtime would: the
	 * company's configuration (30 days' notice), the people, a fixed clock.
	 */
	public static <T> T inject(T renderCommand) throws Exception {
		CareProgramCompanyConfiguration careProgramCompanyConfiguration = mock(
			CareProgramCompanyConfiguration.class);

		when(
			careProgramCompanyConfiguration.reminderDaysBeforeDue()
		).thenReturn(
			30
		);

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class, ViewHarness.COMPANY_ID)
		).thenReturn(
			careProgramCompanyConfiguration
		);

		Fields.set(
			renderCommand, "configurationProvider", configurationProvider);
		Fields.set(renderCommand, "userLocalService", userLocalService());
		Fields.set(renderCommand, "clock", Clock.fixed(NOW, ZoneOffset.UTC));

		return renderCommand;
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
		when(
			localRoutine.getReviewIntervalMonths()
		).thenReturn(
			12
		);

		return localRoutine;
	}

	/**
	 * A model permission that lets the reader delete only the entity with the given id (and refuses DELETE on
	 * any other through check, as the portal's does).
	 */
	@SuppressWarnings("unchecked")
	public static <T extends ClassedModel> ModelResourcePermission<T> deletable(
			Class<T> modelClass, long deletableId)
		throws Exception {

		ModelResourcePermission<T> modelResourcePermission = mock(
			ModelResourcePermission.class);

		when(
			modelResourcePermission.contains(
				any(), any(modelClass), eq(ActionKeys.DELETE))
		).thenAnswer(
			invocation -> _id(invocation.getArgument(1)) == deletableId
		);

		doAnswer(
			invocation -> {
				if (_id(invocation.getArgument(1)) != deletableId) {
					throw new PrincipalException.MustHavePermission(
						USER_ID_FOR_REFUSALS, modelClass.getName(),
						_id(invocation.getArgument(1)), ActionKeys.DELETE);
				}

				return null;
			}
		).when(
			modelResourcePermission
		).check(
			any(), any(modelClass), eq(ActionKeys.DELETE)
		);

		return modelResourcePermission;
	}

	public static ViewHarness harness() {
		return ViewHarness.of(webBundle());
	}

	public static Stream<Locale> locales() {
		return Stream.of(SWEDISH, ENGLISH);
	}

	/**
	 * Socialförvaltningen, Utbildningsförvaltningen and Vård- och omsorgsförvaltningen.
	 */
	public static OrganizationLocalService organizationLocalService() {
		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		List<Organization> organizations = List.of(
			_organization(SOCIAL_ID, "Socialförvaltningen"),
			_organization(UTBILDNING_ID, "Utbildningsförvaltningen"),
			_organization(VARD_ID, "Vård- och omsorgsförvaltningen"));

		for (Organization organization : organizations) {
			when(
				organizationLocalService.fetchOrganization(
					organization.getOrganizationId())
			).thenReturn(
				organization
			);
		}

		when(
			organizationLocalService.getOrganizations(
				eq(ViewHarness.COMPANY_ID), anyLong())
		).thenReturn(
			organizations
		);

		return organizationLocalService;
	}

	public static Portal portal(String currentURL) {
		Portal portal = mock(Portal.class);

		when(
			portal.getCurrentURL(any(PortletRequest.class))
		).thenReturn(
			currentURL
		);

		return portal;
	}

	/**
	 * Anna Andersson, the signed-in person, owns texts and is active; user 302, Ali Hassan, is a contact; everyone else is unknown.
	 */
	public static UserLocalService userLocalService() {
		UserLocalService userLocalService = mock(UserLocalService.class);

		for (Map.Entry<Long, String> entry :
				Map.of(
					OWNER_USER_ID, "Anna Andersson", 302L, "Ali Hassan"
				).entrySet()) {

			User user = mock(User.class);

			when(
				user.getUserId()
			).thenReturn(
				entry.getKey()
			);
			when(
				user.getFullName()
			).thenReturn(
				entry.getValue()
			);
			when(
				user.isActive()
			).thenReturn(
				true
			);
			when(
				user.getEmailAddress()
			).thenReturn(
				(entry.getKey() == OWNER_USER_ID) ? "anna.andersson@kommun.se" :
					"ali.hassan@kommun.se"
			);
			when(
				userLocalService.fetchUser(entry.getKey())
			).thenReturn(
				user
			);
		}

		return userLocalService;
	}

	public static WebBundle webBundle() {
		return WebBundle.of(
			CareProgramAdminPortlet.class,
			CareProgramPortletKeys.CARE_PROGRAM_ADMIN);
	}

	private static long _id(Object model) {
		if (model instanceof CareProgram) {
			return ((CareProgram)model).getCareProgramId();
		}

		return ((LocalRoutine)model).getLocalRoutineId();
	}

	private static Organization _organization(
		long organizationId, String name) {

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

		return organization;
	}

	private CareProgramViews() {
	}

}
