package se.livsviktig.platform.view.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.portlet.RenderRequest;

/**
 * One render as the reader makes it: in which language, with which render parameters, and with what an earlier
 * action phase left in the session (SessionErrors after a refused save, SessionMessages after a successful one).
 *
 * @author Livsviktig
 */
public final class ViewRequest {

	public static ViewRequest in(Locale locale) {
		return new ViewRequest(locale);
	}

	/**
	 * Runs before the render, on the same request: put what the action phase would have left in the session.
	 */
	public ViewRequest afterAction(Consumer<RenderRequest> consumer) {
		_afterAction.add(consumer);

		return this;
	}

	public List<Consumer<RenderRequest>> getAfterAction() {
		return Collections.unmodifiableList(_afterAction);
	}

	public Locale getLocale() {
		return _locale;
	}

	public Map<String, String[]> getParameters() {
		return Collections.unmodifiableMap(_parameters);
	}

	public ViewRequest parameter(String name, String... values) {
		_parameters.put(name, values);

		return this;
	}

	private ViewRequest(Locale locale) {
		_locale = locale;
	}

	private final List<Consumer<RenderRequest>> _afterAction =
		new ArrayList<>();
	private final Locale _locale;
	private final Map<String, String[]> _parameters = new LinkedHashMap<>();

}
