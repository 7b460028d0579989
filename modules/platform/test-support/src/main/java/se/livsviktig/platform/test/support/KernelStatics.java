package se.livsviktig.platform.test.support;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.ModelHints;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a unit test the few kernel statics that production code reaches through *Util classes: PropsUtil (set
 * first, because a kernel util whose static initialiser fails poisons the whole JVM), PortalUtil, LanguageUtil
 * and ModelHintsUtil, each a Mockito double the test can stub. Register with
 * {@code @RegisterExtension KernelStatics kernelStatics = new KernelStatics();}.
 *
 * @author Livsviktig
 */
public class KernelStatics implements AfterEachCallback, BeforeEachCallback {

	public static final int DEFAULT_MAX_LENGTH = 75;

	@Override
	public void afterEach(ExtensionContext extensionContext) {
		new PortalUtil().setPortal(null);
		new LanguageUtil().setLanguage(null);
		new ModelHintsUtil().setModelHints(null);
	}

	@Override
	public void beforeEach(ExtensionContext extensionContext) {
		PropsUtil.setProps(_props);

		_portal = mock(Portal.class);
		_language = mock(Language.class);

		ModelHints modelHints = mock(ModelHints.class);

		when(
			modelHints.getMaxLength(anyString(), anyString())
		).thenAnswer(
			invocation -> _maxLengths.getOrDefault(
				invocation.getArgument(0) + "#" + invocation.getArgument(1),
				DEFAULT_MAX_LENGTH)
		);

		new PortalUtil().setPortal(_portal);
		new LanguageUtil().setLanguage(_language);
		new ModelHintsUtil().setModelHints(modelHints);
	}

	public Language language() {
		return _language;
	}

	/**
	 * Declares a field's max-length hint, as portlet-model-hints.xml does in the portal.
	 */
	public KernelStatics maxLength(Class<?> modelClass, String field, int maxLength) {
		_maxLengths.put(modelClass.getName() + "#" + field, maxLength);

		return this;
	}

	public Portal portal() {
		return _portal;
	}

	private static final Props _props = mock(Props.class);

	private Language _language;
	private final Map<String, Integer> _maxLengths = new HashMap<>();
	private Portal _portal;

}
