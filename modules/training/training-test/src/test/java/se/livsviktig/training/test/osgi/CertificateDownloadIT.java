package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;
import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * The course certificate inside the framework: its download is registered for Mina utbildningar under its
 * name, and the PDF library and the font embedded in the web bundle work from the bundle's own class space
 * (private packages, the font read as a bundle resource, only the optional imports left unwired).
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class CertificateDownloadIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;
		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void downloadCertificateIsOneResourceCommandOfMyTraining() {
		List<ServiceReference<MVCResourceCommand>> serviceReferences =
			_portalFramework.serviceReferences(
				MVCResourceCommand.class,
				"(&(javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING +
					")(mvc.command.name=/training/download_certificate))");

		assertEquals(1, serviceReferences.size(), serviceReferences::toString);
	}

	/**
	 * The public check of a certificate: a render command of the catalogue, active, which means its verifier
	 * found the company, registration, session, method and user services it reads through.
	 */
	@Test
	void verifyCertificateIsOneActiveRenderCommandOfTheCatalogue() {
		List<ServiceReference<MVCRenderCommand>> serviceReferences =
			_portalFramework.serviceReferences(
				MVCRenderCommand.class,
				"(&(javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG +
					")(mvc.command.name=/training/verify_certificate))");

		assertEquals(1, serviceReferences.size(), serviceReferences::toString);
	}

	@Test
	void theEmbeddedPdfWriterMakesAPdfInsideTheWebBundle() throws Exception {
		Bundle webBundle = _trainingPortal.bundle(TrainingBundles.WEB);

		Class<?> certificatePdfClass = webBundle.loadClass(
			"se.livsviktig.training.web.internal.certificate.CertificatePdf");

		Object certificatePdf = certificatePdfClass.getConstructor(
		).newInstance();

		byte[] pdf = (byte[])certificatePdfClass.getMethod(
			"write", String.class
		).invoke(
			certificatePdf, _XHTML
		);

		assertEquals(
			"%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

		// The name needs the fallback font: its files must be in the bundle, with their licences, and so must the
		// writer's default stylesheet (without it, the right-to-left name broke the layout).

		for (String path :
				new String[] {
					"liberation/LiberationSans-Regular.ttf",
					"liberation/LiberationSans-Bold.ttf", "liberation/LICENSE",
					"net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
					"net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf",
					"net/sf/jasperreports/fonts/dejavu/LICENSE",
					"resources/css/XhtmlNamespaceHandler.css",
					"resources/conf/xhtmlrenderer.conf"
				}) {

			assertNotNull(webBundle.getEntry(path), path);
		}
	}

	private static final String _XHTML =
		"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv-SE\">" +
			"<head><title>Kursintyg</title></head><body><main>" +
				"<h1>Kursintyg</h1><p>Åsa Öberg</p><p>محمد</p></main></body>" +
						"</html>";

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
