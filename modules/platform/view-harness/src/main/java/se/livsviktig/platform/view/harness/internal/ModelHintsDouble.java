package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.model.ModelHints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.net.URL;

import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ModelHintsUtil from the service bundles' own META-INF/portlet-model-hints.xml on the classpath, so a form's
 * maxlength is the one the database column allows. 75 is the portal's default for a String without a hint.
 *
 * @author Livsviktig
 */
public class ModelHintsDouble {

	public static ModelHints create() {
		Map<String, Integer> maxLengths = _readMaxLengths();

		return InterfaceDouble.of(
			ModelHints.class
		).answer(
			"getMaxLength",
			args -> maxLengths.getOrDefault(args[0] + "#" + args[1], 75)
		).build(
			"The view harness's ModelHints"
		);
	}

	private static Map<String, Integer> _readMaxLengths() {
		Map<String, Integer> maxLengths = new HashMap<>();

		try {
			Enumeration<URL> enumeration =
				ModelHintsDouble.class.getClassLoader(
				).getResources(
					"META-INF/portlet-model-hints.xml"
				);

			DocumentBuilderFactory documentBuilderFactory =
				DocumentBuilderFactory.newInstance();

			while (enumeration.hasMoreElements()) {
				try (InputStream inputStream = enumeration.nextElement(
					).openStream()) {

					Document document = documentBuilderFactory.newDocumentBuilder(
					).parse(
						inputStream
					);

					NodeList models = document.getElementsByTagName("model");

					for (int i = 0; i < models.getLength(); i++) {
						Element model = (Element)models.item(i);

						NodeList fields = model.getElementsByTagName("field");

						for (int j = 0; j < fields.getLength(); j++) {
							Element field = (Element)fields.item(j);

							NodeList hints = field.getElementsByTagName("hint");

							for (int k = 0; k < hints.getLength(); k++) {
								Element hint = (Element)hints.item(k);

								if (hint.getAttribute(
										"name"
									).equals(
										"max-length"
									)) {

									maxLengths.put(
										model.getAttribute("name") + "#" +
											field.getAttribute("name"),
										Integer.valueOf(
											hint.getTextContent().trim()));
								}
							}
						}
					}
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}

		return maxLengths;
	}

}
