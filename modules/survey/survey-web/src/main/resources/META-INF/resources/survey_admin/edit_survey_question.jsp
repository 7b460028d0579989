<%@ include file="/init.jsp" %>

<%
SurveyQuestionFormDisplayContext surveyQuestionFormDisplayContext = (SurveyQuestionFormDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_QUESTION_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = surveyQuestionFormDisplayContext.getFieldErrors();
%>

<clay:container-fluid cssClass="livsviktig-survey-admin livsviktig-edit-survey-question">
	<h1><liferay-ui:message key="<%= surveyQuestionFormDisplayContext.getTitleKey() %>" /></h1>

	<%@ include file="/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeHREF(surveyQuestionFormDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<input name="<portlet:namespace />surveyId" type="hidden" value="<%= surveyQuestionFormDisplayContext.getSurveyId() %>" />
		<input name="<portlet:namespace />surveyQuestionId" type="hidden" value="<%= surveyQuestionFormDisplayContext.getSurveyQuestionId() %>" />

		<clay:sheet>
			<clay:sheet-section>
				<c:choose>
					<c:when test="<%= surveyQuestionFormDisplayContext.isNew() %>">

						<%
						FieldError typeError = surveyQuestionFormDisplayContext.getFieldError("questionType");
						%>

						<div class="form-group<%= (typeError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace />questionType"><liferay-ui:message key="question-type" /></label>

							<select <%= (typeError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "questionTypeError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />questionType" name="<portlet:namespace />questionType">

								<%
								for (Option option : surveyQuestionFormDisplayContext.getQuestionTypeOptions()) {
								%>

									<option <%= option.isSelected() ? "selected" : "" %> value="<%= option.getValue() %>"><liferay-ui:message key="<%= option.getLabelKey() %>" /></option>

								<%
								}
								%>

							</select>

							<c:if test="<%= typeError != null %>">
								<div class="form-feedback-item" id="<portlet:namespace />questionTypeError">
									<clay:icon symbol="exclamation-full" />

									<liferay-ui:message key="<%= typeError.getMessageKey() %>" />
								</div>
							</c:if>
						</div>
					</c:when>
					<c:otherwise>
						<input name="<portlet:namespace />questionType" type="hidden" value="<%= surveyQuestionFormDisplayContext.getQuestionType() %>" />

						<p><liferay-ui:message key="question-type" />: <liferay-ui:message key="<%= surveyQuestionFormDisplayContext.getQuestionTypeKey() %>" /></p>
					</c:otherwise>
				</c:choose>

				<%
				for (Locale inputLocale : surveyQuestionFormDisplayContext.getLocales()) {
					String language = inputLocale.getDisplayLanguage(locale);

					String textField = LocalizedInput.fieldName("text", inputLocale);
					String lowLabelField = LocalizedInput.fieldName("lowLabel", inputLocale);
					String highLabelField = LocalizedInput.fieldName("highLabel", inputLocale);
					String optionsField = LocalizedInput.fieldName("options", inputLocale);
				%>

					<fieldset class="form-group">
						<legend class="h5"><%= HtmlUtil.escape(language) %></legend>

						<%
						FieldError fieldError = surveyQuestionFormDisplayContext.getFieldError(textField);
						%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace /><%= textField %>"><liferay-ui:message arguments="<%= language %>" key="question-in-x" /></label>

							<textarea <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + textField + "Error\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace /><%= textField %>" maxlength="1000" name="<portlet:namespace /><%= textField %>" rows="2"><%= HtmlUtil.escape(surveyQuestionFormDisplayContext.getValue("text", inputLocale)) %></textarea>

							<%@ include file="/field_error.jspf" %>
						</div>


						<%
						fieldError = surveyQuestionFormDisplayContext.getFieldError(lowLabelField);
						%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace /><%= lowLabelField %>"><liferay-ui:message arguments="<%= language %>" key="label-of-1-in-x-likert-only" /></label>

							<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + lowLabelField + "Error\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace /><%= lowLabelField %>" maxlength="200" name="<portlet:namespace /><%= lowLabelField %>" type="text" value="<%= HtmlUtil.escapeAttribute(surveyQuestionFormDisplayContext.getValue("lowLabel", inputLocale)) %>" />

							<%@ include file="/field_error.jspf" %>
						</div>

						<div class="form-group">
							<label for="<portlet:namespace /><%= highLabelField %>"><liferay-ui:message arguments="<%= language %>" key="label-of-5-in-x-likert-only" /></label>

							<input class="form-control" id="<portlet:namespace /><%= highLabelField %>" maxlength="200" name="<portlet:namespace /><%= highLabelField %>" type="text" value="<%= HtmlUtil.escapeAttribute(surveyQuestionFormDisplayContext.getValue("highLabel", inputLocale)) %>" />
						</div>

						<%
						fieldError = surveyQuestionFormDisplayContext.getFieldError(optionsField);
						%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace /><%= optionsField %>"><liferay-ui:message arguments="<%= language %>" key="choices-in-x-one-per-line-single-and-multiple-choice-only" /></label>

							<textarea <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + optionsField + "Error\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace /><%= optionsField %>" name="<portlet:namespace /><%= optionsField %>" rows="4"><%= HtmlUtil.escape(surveyQuestionFormDisplayContext.getValue("options", inputLocale)) %></textarea>

							<%@ include file="/field_error.jspf" %>
						</div>
					</fieldset>

				<%
				}
				%>

				<div class="custom-control custom-checkbox">
					<input <%= surveyQuestionFormDisplayContext.isRequired() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />required" name="<portlet:namespace />required" type="checkbox" value="true" />

					<label class="custom-control-label" for="<portlet:namespace />required"><liferay-ui:message key="the-question-must-be-answered" /></label>
				</div>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(surveyQuestionFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
