<%@ include file="/init.jsp" %>

<%
SurveyFormDisplayContext surveyFormDisplayContext = (SurveyFormDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = surveyFormDisplayContext.getFieldErrors();
%>

<clay:container-fluid cssClass="livsviktig-survey-admin livsviktig-edit-survey">
	<h1><liferay-ui:message key="<%= surveyFormDisplayContext.getTitleKey() %>" /></h1>

	<%@ include file="/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeHREF(surveyFormDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<input name="<portlet:namespace />surveyId" type="hidden" value="<%= surveyFormDisplayContext.getSurveyId() %>" />

		<clay:sheet>
			<clay:sheet-section>

				<%
				for (Locale inputLocale : surveyFormDisplayContext.getLocales()) {
					String language = inputLocale.getDisplayLanguage(locale);

					String titleField = LocalizedInput.fieldName("title", inputLocale);
					String descriptionField = LocalizedInput.fieldName("description", inputLocale);

					FieldError fieldError = surveyFormDisplayContext.getFieldError(titleField);
				%>

					<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
						<label for="<portlet:namespace /><%= titleField %>"><liferay-ui:message arguments="<%= language %>" key="title-in-x" /></label>

						<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + titleField + "Error\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace /><%= titleField %>" maxlength="200" name="<portlet:namespace /><%= titleField %>" type="text" value="<%= HtmlUtil.escapeAttribute(surveyFormDisplayContext.getTitle(inputLocale)) %>" />

						<%@ include file="/field_error.jspf" %>
					</div>

					<div class="form-group">
						<label for="<portlet:namespace /><%= descriptionField %>"><liferay-ui:message arguments="<%= language %>" key="introduction-in-x" /></label>

						<textarea class="form-control" id="<portlet:namespace /><%= descriptionField %>" maxlength="4000" name="<portlet:namespace /><%= descriptionField %>" rows="3"><%= HtmlUtil.escape(surveyFormDisplayContext.getDescription(inputLocale)) %></textarea>
					</div>

				<%
				}
				%>

				<c:choose>
					<c:when test="<%= surveyFormDisplayContext.isNew() %>">

						<%
						FieldError fieldError = surveyFormDisplayContext.getFieldError("kind0");
						%>

						<fieldset <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "kind0Error\"" : "" %> class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<legend class="h5"><liferay-ui:message key="kind" /></legend>

							<%
							for (Option option : surveyFormDisplayContext.getKindOptions()) {
							%>

								<div class="custom-control custom-radio">
									<input <%= option.isSelected() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />kind<%= option.getValue() %>" name="<portlet:namespace />kind" type="radio" value="<%= option.getValue() %>" />

									<label class="custom-control-label" for="<portlet:namespace />kind<%= option.getValue() %>"><liferay-ui:message key="<%= option.getLabelKey() %>" /></label>
								</div>

							<%
							}
							%>

							<%@ include file="/field_error.jspf" %>
						</fieldset>
					</c:when>
					<c:otherwise>

						<%
						FieldError fieldError = surveyFormDisplayContext.getFieldError("status");
						%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace />status"><liferay-ui:message key="status" /></label>

							<select <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "statusError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />status" name="<portlet:namespace />status">

								<%
								for (Option option : surveyFormDisplayContext.getStatusOptions()) {
								%>

									<option <%= option.isSelected() ? "selected" : "" %> value="<%= option.getValue() %>"><liferay-ui:message key="<%= option.getLabelKey() %>" /></option>

								<%
								}
								%>

							</select>

							<%@ include file="/field_error.jspf" %>
						</div>
					</c:otherwise>
				</c:choose>

				<div class="custom-control custom-checkbox">
					<input <%= surveyFormDisplayContext.isAnonymous() ? "checked" : "" %> aria-describedby="<portlet:namespace />anonymousHelp" class="custom-control-input" id="<portlet:namespace />anonymous" name="<portlet:namespace />anonymous" type="checkbox" value="true" />

					<label class="custom-control-label" for="<portlet:namespace />anonymous"><liferay-ui:message key="anonymous" /></label>
				</div>

				<p class="form-text" id="<portlet:namespace />anonymousHelp"><liferay-ui:message key="an-anonymous-survey-stores-no-person-with-its-responses" /></p>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(surveyFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
