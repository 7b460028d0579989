package se.livsviktig.report.web.internal.display.context;

import com.liferay.portal.kernel.model.Organization;

import java.util.ArrayList;
import java.util.List;

/**
 * What the freeze form offers to freeze: "every administration" first and chosen for those who may freeze the whole
 * site, then each administration the reader may freeze on its own (the service's list: for the site's coordinator
 * every top-level administration, for an administration's manager their own), the first of them chosen when the
 * whole site may not be frozen. No option at all: the reader may freeze nothing, and gets no form.
 *
 * @author Livsviktig
 */
public class FreezeScopeOptions {

	/**
	 * @param everyAdministration whether the reader may freeze every administration at once
	 * @param organizations the administrations the reader may freeze one by one
	 * @param everyAdministrationLabel "every administration" in the reader's language
	 */
	public static List<Option> of(
		boolean everyAdministration, List<Organization> organizations,
		String everyAdministrationLabel) {

		List<Option> options = new ArrayList<>();

		if (everyAdministration) {
			options.add(new Option("0", everyAdministrationLabel, true));
		}

		for (Organization organization : organizations) {
			options.add(
				new Option(
					String.valueOf(organization.getOrganizationId()),
					organization.getName(), options.isEmpty()));
		}

		return options;
	}

}
