package se.livsviktig.training.catalog;

import java.io.Serializable;

import java.util.Collections;
import java.util.List;

/**
 * One page of the course catalogue and the number of sessions in the whole catalogue with the same filter, read
 * together: the search container needs both, and asking for them in one statement saves the page a round trip to
 * the database, a Hibernate session and a translation of the query.
 *
 * @author Livsviktig
 */
public class CatalogPage implements Serializable {

	public CatalogPage(List<CatalogEntry> catalogEntries, int total) {
		_catalogEntries = Collections.unmodifiableList(catalogEntries);
		_total = total;
	}

	public List<CatalogEntry> getCatalogEntries() {
		return _catalogEntries;
	}

	/**
	 * @return the sessions of every page with the page's filter, not only this page's
	 */
	public int getTotal() {
		return _total;
	}

	private static final long serialVersionUID = 1L;

	private final List<CatalogEntry> _catalogEntries;
	private final int _total;

}
