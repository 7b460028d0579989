<%@ include file="/init.jsp" %>

<%
EditCourseDisplayContext editCourseDisplayContext = (EditCourseDisplayContext)request.getAttribute(TrainingWebKeys.EDIT_COURSE_DISPLAY_CONTEXT);

List<FormError> formErrors = editCourseDisplayContext.getErrors();

FormError fieldError = null;
%>

<portlet:actionURL name="/training/admin/edit_course" var="editCourseURL" />

<clay:container-fluid cssClass="livsviktig-training-admin livsviktig-edit-course">
	<h1><liferay-ui:message key="<%= editCourseDisplayContext.getTitleKey() %>" /></h1>

	<%@ include file="/training_admin/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeHREF(editCourseURL) %>" method="post" name="<portlet:namespace />fm">
		<input name="<portlet:namespace />courseId" type="hidden" value="<%= editCourseDisplayContext.getCourseId() %>" />
		<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseDisplayContext.getRedirect()) %>" />

		<clay:sheet>
			<clay:sheet-section>
				<fieldset>
					<legend class="sheet-subtitle"><liferay-ui:message key="course" /></legend>

					<%
					fieldError = editCourseDisplayContext.getError("trainingMethodId");
					%>

					<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
						<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

						<select <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "trainingMethodIdError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId" required>
							<option value=""><liferay-ui:message key="choose-a-training-method" /></option>

							<%
							for (SelectOption selectOption : editCourseDisplayContext.getTrainingMethodOptions()) {
							%>

								<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getName()) %></option>

							<%
							}
							%>

						</select>

						<%@ include file="/training_admin/field_error.jspf" %>
					</div>

					<%
					for (LocalizedInput localizedInput : editCourseDisplayContext.getTitleInputs()) {
						fieldError = editCourseDisplayContext.getError(localizedInput.getInputName());
					%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace /><%= localizedInput.getInputName() %>">
								<liferay-ui:message arguments="<%= localizedInput.getLanguageName() %>" key="title-in-x" translateArguments="<%= false %>" />

								<c:if test="<%= localizedInput.isRequired() %>">
									<span class="reference-mark text-warning" aria-hidden="true">*</span>
									<span class="sr-only"><liferay-ui:message key="required" /></span>
								</c:if>
							</label>

							<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + fieldError.getFieldName() + "Error\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace /><%= localizedInput.getInputName() %>" lang="<%= localizedInput.getLanguageTag() %>" maxlength="<%= localizedInput.getMaxLength() %>" name="<portlet:namespace /><%= localizedInput.getInputName() %>" <%= localizedInput.isRequired() ? "required" : "" %> type="text" value="<%= HtmlUtil.escapeAttribute(localizedInput.getValue()) %>" />

							<%@ include file="/training_admin/field_error.jspf" %>
						</div>

					<%
					}
					%>

					<%
					for (LocalizedInput localizedInput : editCourseDisplayContext.getDescriptionInputs()) {
						fieldError = editCourseDisplayContext.getError(localizedInput.getInputName());
					%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace /><%= localizedInput.getInputName() %>">
								<liferay-ui:message arguments="<%= localizedInput.getLanguageName() %>" key="description-in-x" translateArguments="<%= false %>" />

								<c:if test="<%= localizedInput.isRequired() %>">
									<span class="reference-mark text-warning" aria-hidden="true">*</span>
									<span class="sr-only"><liferay-ui:message key="required" /></span>
								</c:if>
							</label>

							<textarea <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + fieldError.getFieldName() + "Error\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace /><%= localizedInput.getInputName() %>" lang="<%= localizedInput.getLanguageTag() %>" maxlength="<%= localizedInput.getMaxLength() %>" name="<portlet:namespace /><%= localizedInput.getInputName() %>" rows="3"><%= HtmlUtil.escape(localizedInput.getValue()) %></textarea>

							<%@ include file="/training_admin/field_error.jspf" %>
						</div>

					<%
					}
					%>

					<%
					for (LocalizedInput localizedInput : editCourseDisplayContext.getTargetAudienceInputs()) {
						fieldError = editCourseDisplayContext.getError(localizedInput.getInputName());
					%>

						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace /><%= localizedInput.getInputName() %>">
								<liferay-ui:message arguments="<%= localizedInput.getLanguageName() %>" key="target-audience-in-x" translateArguments="<%= false %>" />

								<c:if test="<%= localizedInput.isRequired() %>">
									<span class="reference-mark text-warning" aria-hidden="true">*</span>
									<span class="sr-only"><liferay-ui:message key="required" /></span>
								</c:if>
							</label>

							<textarea <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + fieldError.getFieldName() + "Error\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace /><%= localizedInput.getInputName() %>" lang="<%= localizedInput.getLanguageTag() %>" maxlength="<%= localizedInput.getMaxLength() %>" name="<portlet:namespace /><%= localizedInput.getInputName() %>" rows="3"><%= HtmlUtil.escape(localizedInput.getValue()) %></textarea>

							<%@ include file="/training_admin/field_error.jspf" %>
						</div>

					<%
					}
					%>

					<%
					fieldError = editCourseDisplayContext.getError("durationHours");
					%>

					<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
						<label for="<portlet:namespace />durationHours"><liferay-ui:message key="duration-hours" /></label>

						<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "durationHoursError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />durationHours" inputmode="decimal" min="0.5" name="<portlet:namespace />durationHours" required step="0.5" type="number" value="<%= HtmlUtil.escapeAttribute(editCourseDisplayContext.getDurationHours()) %>" />

						<%@ include file="/training_admin/field_error.jspf" %>
					</div>

					<div class="form-group">
						<div class="custom-checkbox custom-control">
							<input <%= editCourseDisplayContext.isAutoBookInterested() ? "checked" : "" %> aria-describedby="<portlet:namespace />autoBookInterestedHelp" class="custom-control-input" id="<portlet:namespace />autoBookInterested" name="<portlet:namespace />autoBookInterested" type="checkbox" value="true" />

							<label class="custom-control-label" for="<portlet:namespace />autoBookInterested">
								<span class="custom-control-label-text"><liferay-ui:message key="book-the-interest-list-when-a-session-is-published" /></span>
							</label>
						</div>

						<p class="form-text" id="<portlet:namespace />autoBookInterestedHelp"><liferay-ui:message key="book-the-interest-list-help" /></p>
					</div>
				</fieldset>
			</clay:sheet-section>

			<div class="sheet-footer">
				<clay:button displayType="primary" label="save" type="submit" />

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(editCourseDisplayContext.getRedirect()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>

	<c:if test="<%= !editCourseDisplayContext.isNew() %>">
		<clay:sheet cssClass="mt-4">
			<h2 class="sheet-subtitle"><liferay-ui:message key="course-actions" /></h2>

			<c:choose>
				<c:when test="<%= editCourseDisplayContext.isArchived() %>">
					<portlet:actionURL name="/training/admin/restore_course" var="restoreCourseURL" />

					<form action="<%= HtmlUtil.escapeHREF(restoreCourseURL) %>" class="d-inline-block mr-3" method="post">
						<input name="<portlet:namespace />courseId" type="hidden" value="<%= editCourseDisplayContext.getCourseId() %>" />
						<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseDisplayContext.getRedirect()) %>" />

						<clay:button displayType="secondary" label="make-active-again" type="submit" />
					</form>
				</c:when>
				<c:otherwise>
					<portlet:actionURL name="/training/admin/archive_course" var="archiveCourseURL" />

					<form action="<%= HtmlUtil.escapeHREF(archiveCourseURL) %>" class="d-inline-block mr-3" method="post">
						<input name="<portlet:namespace />courseId" type="hidden" value="<%= editCourseDisplayContext.getCourseId() %>" />
						<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseDisplayContext.getRedirect()) %>" />

						<clay:button displayType="secondary" label="archive" type="submit" />
					</form>
				</c:otherwise>
			</c:choose>

			<portlet:actionURL name="/training/admin/delete_course" var="deleteCourseURL" />

			<form action="<%= HtmlUtil.escapeHREF(deleteCourseURL) %>" class="d-inline-block" method="post">
				<input name="<portlet:namespace />courseId" type="hidden" value="<%= editCourseDisplayContext.getCourseId() %>" />
				<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(editCourseDisplayContext.getRedirect()) %>" />

				<clay:button displayType="danger" label="delete" type="submit" />
			</form>
		</clay:sheet>
	</c:if>
</clay:container-fluid>
