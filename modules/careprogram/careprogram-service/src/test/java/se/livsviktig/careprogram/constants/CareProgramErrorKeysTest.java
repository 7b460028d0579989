package se.livsviktig.careprogram.constants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every refusal the care programme services can throw has a key the page can show, in English and in Swedish.
 *
 * @author Livsviktig
 */
public class CareProgramErrorKeysTest {

	@Test
	public void everyKeyIsInBothLanguageFiles() throws Exception {
		for (String fileName :
				new String[] {"Language.properties", "Language_sv.properties"}) {

			Properties properties = _properties(fileName);
			List<String> missing = new ArrayList<>();

			for (String key : CareProgramErrorKeys.getErrorKeys().values()) {
				if (!properties.containsKey(key)) {
					missing.add(key);
				}
			}

			assertEquals(List.of(), missing, fileName);
		}
	}

	@Test
	public void everyExceptionOfServiceXmlHasAKey() throws Exception {
		TreeSet<String> declared = new TreeSet<>();

		Matcher matcher = Pattern.compile(
			"<exception>(\\w+)</exception>"
		).matcher(
			Files.readString(Path.of("service.xml"))
		);

		while (matcher.find()) {
			declared.add(matcher.group(1) + "Exception");
		}

		declared.add("NoSuchCareProgramException");
		declared.add("NoSuchLocalRoutineException");

		TreeSet<String> mapped = new TreeSet<>();

		for (Class<?> exceptionClass :
				CareProgramErrorKeys.getErrorKeys().keySet()) {

			mapped.add(exceptionClass.getSimpleName());
		}

		assertEquals(declared, mapped);
	}

	private static Properties _properties(String fileName) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = Files.newInputStream(
				Path.of("src/main/resources/content", fileName))) {

			properties.load(inputStream);
		}

		return properties;
	}

}
