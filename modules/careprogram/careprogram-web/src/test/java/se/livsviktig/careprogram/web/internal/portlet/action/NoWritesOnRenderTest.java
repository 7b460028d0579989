package se.livsviktig.careprogram.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A page is a GET and writes nothing: no render command, display context or badge class calls the method that
 * creates the site's "Målgrupp" vocabulary (CareProgramService/CareProgramLocalService.getTargetGroupVocabulary);
 * they find it with fetchTargetGroupVocabulary. Read from the compiled classes' constant pools, where every
 * method a class calls is named, so no render path (a display context's getter included) can slip by.
 *
 * @author Livsviktig
 */
public class NoWritesOnRenderTest {

	@Test
	public void noRenderPathCallsTheCreatingMethod() throws Exception {
		List<Path> renderClasses;

		try (Stream<Path> paths = Files.walk(_CLASSES)) {
			renderClasses = paths.filter(
				path -> {
					String name = path.toString();

					return name.endsWith(".class") &&
						   (name.contains("MVCRenderCommand") ||
							name.contains("/display/context/") ||
							name.contains("/badge/"));
				}
			).collect(
				Collectors.toList()
			);
		}

		assertTrue(
			renderClasses.size() > 20,
			"the compiled render classes were found: " + renderClasses);

		List<String> creating = renderClasses.stream(
		).filter(
			NoWritesOnRenderTest::_callsTheCreatingMethod
		).map(
			path -> path.getFileName(
			).toString()
		).collect(
			Collectors.toList()
		);

		assertEquals(List.of(), creating);
	}

	@Test
	public void onlyTheCoordinatorsActionCreatesIt() throws Exception {
		assertTrue(
			_callsTheCreatingMethod(
				_CLASSES.resolve(
					"portlet/action/" +
						"AddTargetGroupVocabularyMVCActionCommand.class")));
	}

	private static boolean _callsTheCreatingMethod(Path classFile) {
		try {
			String constantPool = new String(
				Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);

			return constantPool.contains(
					_utf8Entry("getTargetGroupVocabulary")) ||
				constantPool.contains(_utf8Entry("addTargetGroupVocabulary"));
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}
	}

	/**
	 * A method name as the constant pool stores it, its two-byte length first, so that a field such as
	 * _addTargetGroupVocabularyURL does not count as a call.
	 */
	private static String _utf8Entry(String name) {
		return "\u0000" + (char)name.length() + name;
	}

	private static final Path _CLASSES = Path.of(
		"target/classes/se/livsviktig/careprogram/web/internal");

}
