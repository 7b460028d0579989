package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * The certificate as veraPDF, the reference validator of the PDF Association, judges it: accessible (PDF/UA-1)
 * and fit for keeping (PDF/A-2u), in both languages. A failed rule is named with its clause and where it failed.
 *
 * @author Livsviktig
 */
public class CertificatePdfConformanceTest {

	@BeforeAll
	public static void setUpClass() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv-SE", "en-GB"})
	public void theCertificateIsPdfUa1(String languageTag) throws Exception {
		_assertConforms(PDFAFlavour.PDFUA_1, languageTag);
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv-SE", "en-GB"})
	public void theCertificateIsPdfA2u(String languageTag) throws Exception {
		_assertConforms(PDFAFlavour.PDFA_2_U, languageTag);
	}

	/**
	 * Names in other scripts bring in the fallback font, right-to-left runs and joined Arabic letters: the
	 * document must stay conformant with them, their Unicode mapping included.
	 */
	@ParameterizedTest
	@ValueSource(strings = {"محمد عبد الله", "שרה לוי", "Ελένη Παππά"})
	public void aCertificateWithANameInAnotherScriptIsPdfUa1AndPdfA2u(
			String name)
		throws Exception {

		_assertConforms(PDFAFlavour.PDFUA_1, "en-GB", name);
		_assertConforms(PDFAFlavour.PDFA_2_U, "en-GB", name);
	}

	private static void _assertConforms(
			PDFAFlavour pdfaFlavour, String languageTag)
		throws Exception {

		_assertConforms(pdfaFlavour, languageTag, "Anna Andersson");
	}

	private static void _assertConforms(
			PDFAFlavour pdfaFlavour, String languageTag, String name)
		throws Exception {

		Locale locale = Locale.forLanguageTag(languageTag);

		Certificate certificate = CertificateTexts.certificate(locale, name);

		certificate.setTrainingMethodName(name + " (MHFA)");

		byte[] pdf = new CertificatePdf().write(
			new CertificateHtml(
				CertificateTexts.texts(locale)
			).render(
				certificate
			));

		try (PDFAParser pdfaParser = Foundries.defaultInstance(
			).createParser(
				new ByteArrayInputStream(pdf), pdfaFlavour
			);
			PDFAValidator pdfaValidator = Foundries.defaultInstance(
			).createValidator(
				pdfaFlavour, false
			)) {

			ValidationResult validationResult = pdfaValidator.validate(
				pdfaParser);

			// A validator that checked nothing under another profile would call anything compliant.

			assertEquals(pdfaFlavour, validationResult.getPDFAFlavour());
			assertTrue(
				validationResult.getTotalAssertions() > 0,
				"no rule checked");

			assertTrue(
				validationResult.isCompliant(),
				() -> pdfaFlavour + " " + languageTag + " " + name + ":\n" +
					_failures(validationResult));
		}
	}

	/**
	 * Each failed rule once: its clause, what it asks, how often it failed and the first place.
	 */
	private static String _failures(ValidationResult validationResult) {
		Map<RuleId, List<TestAssertion>> failures =
			validationResult.getTestAssertions(
			).stream(
			).filter(
				testAssertion ->
					testAssertion.getStatus() == TestAssertion.Status.FAILED
			).collect(
				Collectors.groupingBy(
					TestAssertion::getRuleId, LinkedHashMap::new,
					Collectors.toList())
			);

		StringBuilder sb = new StringBuilder();

		failures.forEach(
			(ruleId, testAssertions) -> sb.append(
				ruleId.getClause()
			).append(
				'-'
			).append(
				ruleId.getTestNumber()
			).append(
				": "
			).append(
				testAssertions.get(
					0
				).getMessage()
			).append(
				" ("
			).append(
				testAssertions.size()
			).append(
				"x, first at "
			).append(
				testAssertions.get(
					0
				).getLocation(
				).getContext()
			).append(
				")\n"
			));

		return sb.toString();
	}

}
