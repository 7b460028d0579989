package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The freeze form's choice of scope: the site's coordinator may freeze every administration (chosen) or one; an
 * administration's manager only their own; someone who may freeze nothing gets nothing to choose.
 *
 * @author Livsviktig
 */
class FreezeScopeOptionsTest {

	@Test
	void aCoordinatorFreezesEveryAdministrationUnlessOneIsChosen() {
		List<Option> options = FreezeScopeOptions.of(
			true, List.of(_organization(31, "Socialförvaltningen"),
				_organization(32, "Skolförvaltningen")),
			"All administrations");

		assertEquals(
			List.of("0", "31", "32"),
			options.stream(
			).map(
				Option::getValue
			).collect(
				Collectors.toList()
			));
		assertEquals("All administrations", options.get(0).getLabel());
		assertTrue(options.get(0).isSelected());
		assertEquals(
			1, options.stream().filter(Option::isSelected).count(),
			"one choice");
	}

	@Test
	void anAdministrationsManagerFreezesTheirOwnOnly() {
		List<Option> options = FreezeScopeOptions.of(
			false, List.of(_organization(31, "Socialförvaltningen")),
			"All administrations");

		assertEquals(1, options.size());
		assertEquals("31", options.get(0).getValue());
		assertEquals("Socialförvaltningen", options.get(0).getLabel());
		assertTrue(options.get(0).isSelected());
	}

	@Test
	void someoneWhoMayFreezeNothingGetsNoChoice() {
		assertTrue(
			FreezeScopeOptions.of(
				false, List.of(), "All administrations"
			).isEmpty());
	}

	private static Organization _organization(
		long organizationId, String name) {

		Organization organization = mock(Organization.class);

		when(organization.getOrganizationId()).thenReturn(organizationId);
		when(organization.getName()).thenReturn(name);

		return organization;
	}

}
