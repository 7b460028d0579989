package se.livsviktig.benchmarks.catalogue;

import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

/**
 * A service method that reads nothing, annotated as the catalogue's read methods are (SUPPORTS, read-only): through
 * the harness's AOP proxy it measures what the portal's AOP chain and transaction interceptor cost one call alone.
 *
 * @author Livsviktig
 */
@Transactional(isolation = Isolation.PORTAL, rollbackFor = Exception.class)
public interface NoDatabaseWork {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int answer();

}
