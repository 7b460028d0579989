package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.AdministrationHealth;

/**
 * The health overview: the administrations that need attention first (lowest share on time), ties by name, and a
 * share that never rounds up to 100 % while a routine is late.
 *
 * @author Livsviktig
 */
public class HealthRowsTest {

	@Test
	public void theLowestShareComesFirstAndTiesGoByName() {
		List<HealthRow> rows = _rows(
		).toRows(
			List.of(
				new AdministrationHealth(41, 4, 4, 0),
				new AdministrationHealth(43, 4, 1, 2),
				new AdministrationHealth(42, 4, 4, 1))
		);

		assertEquals(
			List.of(
				"Vård- och omsorgsförvaltningen", "Socialförvaltningen",
				"Utbildningsförvaltningen"),
			rows.stream(
			).map(
				HealthRow::getAdministrationName
			).collect(
				Collectors.toList()
			));
		assertEquals(25, rows.get(0).getReviewedOnTimePercent());
		assertEquals(2, rows.get(0).getProgramsWithoutRoutineCount());
	}

	@Test
	public void aShareJustBelowAllIsNotShownAsAll() {
		List<HealthRow> rows = _rows(
		).toRows(
			List.of(new AdministrationHealth(41, 200, 199, 0))
		);

		assertEquals(99, rows.get(0).getReviewedOnTimePercent());
	}

	private HealthRows _rows() {
		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		_organization(organizationLocalService, 41, "Socialförvaltningen");
		_organization(organizationLocalService, 42, "Utbildningsförvaltningen");
		_organization(
			organizationLocalService, 43, "Vård- och omsorgsförvaltningen");

		return new HealthRows(
			new PeopleAndPlaces(
				mock(UserLocalService.class), organizationLocalService),
			new Locale("sv", "SE"));
	}

	private void _organization(
		OrganizationLocalService organizationLocalService, long organizationId,
		String name) {

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
	}

}
