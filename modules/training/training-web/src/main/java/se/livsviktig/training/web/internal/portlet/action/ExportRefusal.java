package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.util.Optional;

import javax.portlet.ResourceResponse;

import javax.servlet.http.HttpServletResponse;

/**
 * How a file export answers a request it must not serve: 403 Forbidden when the permission framework refuses
 * the reader, 404 Not Found when the entity asked for does not exist; either way without a body, so no empty
 * or partial file reaches the browser and no stack trace reaches the portal's error page. Every other failure
 * is left to propagate: it is a fault, not an answer.
 *
 * @author Livsviktig
 */
final class ExportRefusal {

	/**
	 * The result of reading what the export needs, or empty when the response has already been answered with
	 * 403 or 404 and the caller must write nothing.
	 */
	static <T> Optional<T> readOrRefuse(
			ResourceResponse resourceResponse, Reading<T> reading)
		throws PortalException {

		try {
			return Optional.of(reading.read());
		}
		catch (PrincipalException principalException) {
			resourceResponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
		}
		catch (NoSuchModelException noSuchModelException) {
			resourceResponse.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}

		return Optional.empty();
	}

	/**
	 * The export's reading step. Local rather than petra's UnsafeSupplier so the bundle imports no further
	 * package for it.
	 */
	@FunctionalInterface
	interface Reading<T> {

		T read() throws PortalException;

	}

	private ExportRefusal() {
	}

}
