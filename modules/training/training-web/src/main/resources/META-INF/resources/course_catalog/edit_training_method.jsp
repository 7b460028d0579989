<%@ include file="/init.jsp" %>

<%
EditTrainingMethodDisplayContext editTrainingMethodDisplayContext = (EditTrainingMethodDisplayContext)request.getAttribute(TrainingWebKeys.EDIT_TRAINING_METHOD_DISPLAY_CONTEXT);

List<FormError> formErrors = editTrainingMethodDisplayContext.getErrors();
%>

<portlet:actionURL name="/training/edit_training_method" var="editTrainingMethodURL" />

<clay:container-fluid cssClass="livsviktig-edit-training-method">
	<h2><liferay-ui:message key="<%= editTrainingMethodDisplayContext.getTitleKey() %>" /></h2>

	<c:if test="<%= !formErrors.isEmpty() %>">
		<div id="<portlet:namespace />errorSummary" tabindex="-1">
			<clay:alert displayType="danger" title="please-correct-the-following">
				<ul class="mb-0">

					<%
					for (FormError formError : formErrors) {
					%>

						<li>
							<a href="#<portlet:namespace /><%= HtmlUtil.escapeAttribute(formError.getFieldName()) %>"><liferay-ui:message arguments="<%= formError.getArguments() %>" key="<%= formError.getMessageKey() %>" /></a>
						</li>

					<%
					}
					%>

				</ul>
			</clay:alert>
		</div>

		<script>
			document.getElementById('<portlet:namespace />errorSummary').focus();
		</script>
	</c:if>

	<form action="<%= HtmlUtil.escapeHREF(editTrainingMethodURL) %>" method="post" name="<portlet:namespace />fm">
		<input name="<portlet:namespace />trainingMethodId" type="hidden" value="<%= editTrainingMethodDisplayContext.getTrainingMethodId() %>" />
		<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editTrainingMethodDisplayContext.getRedirect()) %>" />

		<clay:sheet>
			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="name-and-description" /></legend>

					<%
					for (LocalizedInput localizedInput : editTrainingMethodDisplayContext.getNameInputs()) {
					%>

						<div class="form-group">
							<label for="<portlet:namespace /><%= localizedInput.getInputName() %>">
								<liferay-ui:message arguments="<%= localizedInput.getLanguageName() %>" key="name-in-x" translateArguments="<%= false %>" />

								<c:if test="<%= localizedInput.isRequired() %>">
									<span class="reference-mark text-warning" aria-hidden="true">*</span>
									<span class="sr-only"><liferay-ui:message key="required" /></span>
								</c:if>
							</label>

							<input class="form-control" id="<portlet:namespace /><%= localizedInput.getInputName() %>" lang="<%= localizedInput.getLanguageTag() %>" maxlength="<%= localizedInput.getMaxLength() %>" name="<portlet:namespace /><%= localizedInput.getInputName() %>" <%= localizedInput.isRequired() ? "required" : "" %> type="text" value="<%= HtmlUtil.escapeAttribute(localizedInput.getValue()) %>" />
						</div>

					<%
					}

					for (LocalizedInput localizedInput : editTrainingMethodDisplayContext.getDescriptionInputs()) {
					%>

						<div class="form-group">
							<label for="<portlet:namespace /><%= localizedInput.getInputName() %>"><liferay-ui:message arguments="<%= localizedInput.getLanguageName() %>" key="description-in-x" translateArguments="<%= false %>" /></label>

							<textarea class="form-control" id="<portlet:namespace /><%= localizedInput.getInputName() %>" lang="<%= localizedInput.getLanguageTag() %>" maxlength="<%= localizedInput.getMaxLength() %>" name="<portlet:namespace /><%= localizedInput.getInputName() %>" rows="3"><%= HtmlUtil.escape(localizedInput.getValue()) %></textarea>
						</div>

					<%
					}
					%>

				</fieldset>
			</clay:sheet-section>

			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="rules-of-the-method" /></legend>

					<div class="form-group">
						<div class="custom-checkbox custom-control">
							<input <%= editTrainingMethodDisplayContext.isCertifiedInstructorsRequired() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />certifiedInstructorsRequired" name="<portlet:namespace />certifiedInstructorsRequired" type="checkbox" value="true" />

							<label class="custom-control-label" for="<portlet:namespace />certifiedInstructorsRequired">
								<span class="custom-control-label-text"><liferay-ui:message key="only-certified-instructors-may-teach" /></span>
							</label>
						</div>
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />instructorsPerSession"><liferay-ui:message key="instructors-per-session" /></label>

						<input class="form-control" id="<portlet:namespace />instructorsPerSession" inputmode="numeric" max="20" min="1" name="<portlet:namespace />instructorsPerSession" required type="number" value="<%= editTrainingMethodDisplayContext.getInstructorsPerSession() %>" />
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />requiredAttendancePercent"><liferay-ui:message key="required-attendance-percent" /></label>

						<input aria-describedby="<portlet:namespace />requiredAttendancePercentHelp" class="form-control" id="<portlet:namespace />requiredAttendancePercent" inputmode="numeric" max="100" min="1" name="<portlet:namespace />requiredAttendancePercent" required type="number" value="<%= editTrainingMethodDisplayContext.getRequiredAttendancePercent() %>" />

						<p class="form-text" id="<portlet:namespace />requiredAttendancePercentHelp"><liferay-ui:message key="required-attendance-percent-help" /></p>
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />licenceSessionsRequired"><liferay-ui:message key="sessions-required-for-licence-upkeep" /></label>

						<input aria-describedby="<portlet:namespace />licenceHelp" class="form-control" id="<portlet:namespace />licenceSessionsRequired" inputmode="numeric" max="100" min="0" name="<portlet:namespace />licenceSessionsRequired" type="number" value="<%= editTrainingMethodDisplayContext.getLicenceSessionsRequired() %>" />
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />licencePeriodMonths"><liferay-ui:message key="licence-period-in-months" /></label>

						<input aria-describedby="<portlet:namespace />licenceHelp" class="form-control" id="<portlet:namespace />licencePeriodMonths" inputmode="numeric" max="120" min="0" name="<portlet:namespace />licencePeriodMonths" type="number" value="<%= editTrainingMethodDisplayContext.getLicencePeriodMonths() %>" />

						<p class="form-text" id="<portlet:namespace />licenceHelp"><liferay-ui:message key="licence-upkeep-help" /></p>
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />followUpSurveyDays"><liferay-ui:message key="follow-up-survey-after-days" /></label>

						<input class="form-control" id="<portlet:namespace />followUpSurveyDays" inputmode="numeric" max="3650" min="0" name="<portlet:namespace />followUpSurveyDays" type="number" value="<%= editTrainingMethodDisplayContext.getFollowUpSurveyDays() %>" />
					</div>
				</fieldset>
			</clay:sheet-section>

			<div class="sheet-footer">
				<clay:button displayType="primary" label="save" type="submit" />

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(editTrainingMethodDisplayContext.getRedirect()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
