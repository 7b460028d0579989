package se.livsviktig.careprogram.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.exception.PortalException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.constants.CareProgramErrorKeys;
import se.livsviktig.careprogram.exception.CareProgramTitleException;
import se.livsviktig.careprogram.exception.ContentReviewCommentException;

import se.livsviktig.platform.test.support.LanguageFiles;

/**
 * Every refusal of input the care programme services throw (the typed exceptions of careprogram-api, other than
 * "no such ...") has one key, careprogram-api's, and one field of an admin form, in English and in Swedish.
 *
 * @author Livsviktig
 */
public class CareProgramFieldErrorsTest {

	@Test
	public void everyInputExceptionOfTheApiHasAFieldError() throws Exception {
		Set<String> declared = _declaredInputExceptions();

		Set<String> mapped = CareProgramFieldErrors.getFieldErrors(
		).keySet(
		).stream(
		).map(
			Class::getSimpleName
		).collect(
			Collectors.toCollection(TreeSet::new)
		);

		assertEquals(declared, mapped);
	}

	@Test
	public void everyExceptionOfTheAppHasExactlyOneKeyAndOneField()
		throws Exception {

		Set<String> declared = _declaredInputExceptions();

		Set<String> keyed = CareProgramErrorKeys.getErrorKeys(
		).keySet(
		).stream(
		).map(
			Class::getSimpleName
		).filter(
			name -> !name.startsWith("NoSuch")
		).collect(
			Collectors.toCollection(TreeSet::new)
		);

		assertEquals(declared, keyed, "the api's keys");

		for (Map.Entry<Class<? extends PortalException>, FieldError> entry :
				CareProgramFieldErrors.getFieldErrors().entrySet()) {

			assertEquals(
				CareProgramErrorKeys.getErrorKey(entry.getKey()),
				entry.getValue().getMessageKey(),
				entry.getKey().getSimpleName() +
					" is explained with the api's key, not one of the web's own");
		}
	}

	@Test
	public void theLimitsAreTheApisConstants() {
		assertEquals(
			CareProgramConstants.TITLE_MAX_LENGTH,
			CareProgramFieldErrors.getFieldErrors(
			).get(
				CareProgramTitleException.class
			).getArguments()[0]);
		assertEquals(
			CareProgramConstants.REVIEW_COMMENT_MAX_LENGTH,
			CareProgramFieldErrors.getFieldErrors(
			).get(
				ContentReviewCommentException.class
			).getArguments()[0]);
	}

	@Test
	public void everyFieldErrorKeyIsInBothLanguages() throws Exception {
		LanguageFiles languageFiles = new LanguageFiles(Path.of(""));

		for (Properties properties :
				List.of(languageFiles.english(), languageFiles.swedish())) {

			List<String> missing = new ArrayList<>();

			for (FieldError fieldError :
					CareProgramFieldErrors.getFieldErrors().values()) {

				if (!properties.containsKey(fieldError.getMessageKey())) {
					missing.add(fieldError.getMessageKey());
				}
			}

			assertEquals(List.of(), missing);
		}
	}

	@Test
	public void eachFormExplainsOnlyMappedRefusals() {
		assertTrue(
			CareProgramFieldErrors.getFieldErrors(
			).keySet(
			).containsAll(
				CareProgramFieldErrors.CARE_PROGRAM_FORM_ERRORS
			));
		assertTrue(
			CareProgramFieldErrors.getFieldErrors(
			).keySet(
			).containsAll(
				CareProgramFieldErrors.LOCAL_ROUTINE_FORM_ERRORS
			));
	}

	private static Set<String> _declaredInputExceptions() throws Exception {
		try (Stream<Path> paths = Files.list(_EXCEPTIONS)) {
			return paths.map(
				path -> path.getFileName(
				).toString(
				).replace(
					".java", ""
				)
			).filter(
				name -> name.endsWith("Exception") && !name.startsWith("NoSuch")
			).collect(
				Collectors.toCollection(TreeSet::new)
			);
		}
	}

	private static final Path _EXCEPTIONS = Path.of(
		"../careprogram-api/src/main/java/se/livsviktig/careprogram/exception");

}
