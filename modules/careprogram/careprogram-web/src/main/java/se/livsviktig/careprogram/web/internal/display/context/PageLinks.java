package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.PortletURL;

/**
 * The links to every page of a paged list, each keeping the list's filters (they are in the search container's
 * iterator URL); none when everything fits on one page.
 *
 * @author Livsviktig
 */
public class PageLinks {

	public static List<PageLink> of(SearchContainer<?> searchContainer) {
		int pageCount = Math.max(
			1,
			((searchContainer.getTotal() - 1) / searchContainer.getDelta()) +
				1);

		List<PageLink> pageLinks = new ArrayList<>();

		if (pageCount == 1) {
			return pageLinks;
		}

		PortletURL iteratorURL = searchContainer.getIteratorURL();

		for (int page = 1; page <= pageCount; page++) {
			iteratorURL.getRenderParameters(
			).setValue(
				searchContainer.getCurParam(), String.valueOf(page)
			);

			pageLinks.add(
				new PageLink(
					page, page == searchContainer.getCur(),
					iteratorURL.toString()));
		}

		return pageLinks;
	}

	private PageLinks() {
	}

}
